// Fixed twin of tests/fail/align_copy_nonoverlapping.rs: copies four bytes as u8, which has no alignment requirement.
fn main() {
    let src = [0xAABBCCDDu32; 2];
    let mut dst = [0u32; 1];
    let p = (src.as_ptr() as *const u8).wrapping_add(1);
    unsafe { std::ptr::copy_nonoverlapping(p, dst.as_mut_ptr() as *mut u8, 4) };
    println!("{:x?}", dst);
}
