// copy_nonoverlapping reads six u32s from a four-element source array.
// error-pattern: is only 16 bytes from the end of the allocation
fn main() {
    let src = [1u32, 2, 3, 4];
    let mut dst = [0u32; 8];
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), 6) };
    println!("{:?}", dst);
}
