// Fixed twin of tests/fail/align_read_u32.rs: uses read_unaligned.
fn main() {
    let buf = [0x11223344u32; 4];
    let base = buf.as_ptr() as *const u8;
    let p = base.wrapping_add(1) as *const u32;
    let v = unsafe { p.read_unaligned() };
    println!("{v:#x}");
}
