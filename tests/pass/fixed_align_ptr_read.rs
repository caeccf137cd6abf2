// Fixed twin of tests/fail/align_ptr_read.rs: uses ptr::read_unaligned.
fn main() {
    let buf = [1u32, 2, 3, 4];
    let p = (buf.as_ptr() as *const u8).wrapping_add(2) as *const u32;
    let v = unsafe { std::ptr::read_unaligned(p) };
    println!("{v}");
}
