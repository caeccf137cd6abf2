// Fixed twin of tests/fail/align_read_u128.rs: uses read_unaligned.
fn main() {
    let buf = [1u128, 2];
    let p = (buf.as_ptr() as *const u8).wrapping_add(8) as *const u128;
    let v = unsafe { p.read_unaligned() };
    println!("{v}");
}
