// std::ptr::write of a u32 at an odd address.
// error-pattern: but alignment 4 is required
fn main() {
    let mut buf = [0u32; 4];
    let p = (buf.as_mut_ptr() as *mut u8).wrapping_add(5) as *mut u32;
    unsafe { std::ptr::write(p, 7) };
    println!("{:?}", buf);
}
