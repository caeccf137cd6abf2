// writes a u64 through a pointer four bytes into an 8-aligned buffer.
// error-pattern: but alignment 8 is required
fn main() {
    let mut buf = [0u64; 2];
    let base = buf.as_mut_ptr() as *mut u8;
    let p = base.wrapping_add(4) as *mut u64;
    unsafe { *p = 1 };
    println!("{:?}", buf);
}
