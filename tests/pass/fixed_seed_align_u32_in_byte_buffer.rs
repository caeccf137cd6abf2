// Fixed twin of tests/fail/seed_align_u32_in_byte_buffer.rs: reads with read_unaligned, correct
// whatever the byte array's address.
fn main() {
    let buf = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let p = buf.as_ptr() as *const u32;
    let v = unsafe { p.read_unaligned() };
    println!("{v:#x}");
}
