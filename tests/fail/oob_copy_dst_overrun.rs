// ptr::copy writes four bytes into a three-byte destination.
// error-pattern: is only 3 bytes from the end of the allocation
fn main() {
    let src = [1u8, 2, 3, 4];
    let mut dst = [0u8; 3];
    unsafe { std::ptr::copy(src.as_ptr(), dst.as_mut_ptr(), 4) };
    println!("{:?}", dst);
}
