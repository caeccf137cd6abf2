// Fixed twin of tests/fail/align_write_u64.rs: uses write_unaligned.
fn main() {
    let mut buf = [0u64; 2];
    let base = buf.as_mut_ptr() as *mut u8;
    let p = base.wrapping_add(4) as *mut u64;
    unsafe { p.write_unaligned(1) };
    println!("{:?}", buf.map(|w| w.count_ones()));
}
