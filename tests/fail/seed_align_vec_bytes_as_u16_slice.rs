// views a Vec<u8>'s buffer as a &[u16]: the buffer is 2-aligned only by chance (its layout asks
// for alignment 1), so under some seeds the slice reference is unaligned.
// error-pattern: encountered an unaligned reference
// miriflags: -Zmiri-seed=1
fn main() {
    let bytes: Vec<u8> = (1..=8).collect();
    let words: &[u16] = unsafe { std::slice::from_raw_parts(bytes.as_ptr() as *const u16, 4) };
    println!("{:?}", words);
}
