// Fixed twin of tests/fail/align_read_u16_odd.rs: uses read_unaligned.
fn main() {
    let buf = [0x0102u16; 4];
    let p = (buf.as_ptr() as *const u8).wrapping_add(1) as *const u16;
    let v = unsafe { p.read_unaligned() };
    println!("{v:#06x}");
}
