// Fixed twin of tests/fail/oob_copy_dst_overrun.rs: clamps the count to the destination's length.
fn main() {
    let src = [1u8, 2, 3, 4];
    let mut dst = [0u8; 3];
    let n = src.len().min(dst.len());
    unsafe { std::ptr::copy(src.as_ptr(), dst.as_mut_ptr(), n) };
    println!("{:?}", dst);
}
