// writes an f64 through a pointer four bytes into an 8-aligned buffer.
// error-pattern: but alignment 8 is required
fn main() {
    let mut buf = [0f64; 2];
    let p = (buf.as_mut_ptr() as *mut u8).wrapping_add(4) as *mut f64;
    unsafe { *p = 1.5 };
    println!("{:?}", buf);
}
