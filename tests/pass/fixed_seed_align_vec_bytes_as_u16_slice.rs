// Fixed twin of tests/fail/seed_align_vec_bytes_as_u16_slice.rs: builds the u16s from byte pairs
// instead of viewing the byte buffer as a &[u16].
fn main() {
    let bytes: Vec<u8> = (1..=8).collect();
    let words: Vec<u16> = bytes.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    println!("{:?}", words);
}
