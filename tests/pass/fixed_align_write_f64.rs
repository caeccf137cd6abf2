// Fixed twin of tests/fail/align_write_f64.rs: writes at an element boundary.
fn main() {
    let mut buf = [0f64; 2];
    let p = (buf.as_mut_ptr() as *mut u8).wrapping_add(8) as *mut f64;
    unsafe { *p = 1.5 };
    println!("{:?}", buf);
}
