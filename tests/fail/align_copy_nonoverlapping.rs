// copy_nonoverlapping of one u32 from a misaligned source.
// error-pattern: accessing memory with alignment 1, but alignment 4 is required
fn main() {
    let src = [0xAABBCCDDu32; 2];
    let mut dst = [0u32; 1];
    let p = (src.as_ptr() as *const u8).wrapping_add(1) as *const u32;
    unsafe { std::ptr::copy_nonoverlapping(p, dst.as_mut_ptr(), 1) };
    println!("{:?}", dst);
}
