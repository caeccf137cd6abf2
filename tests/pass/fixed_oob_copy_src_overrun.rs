// Fixed twin of tests/fail/oob_copy_src_overrun.rs: copies only as many elements as the source has.
fn main() {
    let src = [1u32, 2, 3, 4];
    let mut dst = [0u32; 8];
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), src.len()) };
    println!("{:?}", dst);
}
