// Fixed twin of tests/fail/align_ptr_write.rs: uses ptr::write_unaligned.
fn main() {
    let mut buf = [0u32; 4];
    let p = (buf.as_mut_ptr() as *mut u8).wrapping_add(5) as *mut u32;
    unsafe { std::ptr::write_unaligned(p, 7) };
    println!("{:?}", buf);
}
