// Fixed twin of tests/fail/seed_align_box_bytes_as_u64.rs: writes with write_unaligned, correct
// whatever alignment the heap hands out.
fn main() {
    let mut b = Box::new([0u8; 16]);
    let p = b.as_mut_ptr() as *mut u64;
    unsafe { p.write_unaligned(0x0102_0304_0506_0708) };
    println!("{:?}", &b[..8]);
}
