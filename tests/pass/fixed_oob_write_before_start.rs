// Fixed twin of tests/fail/oob_write_before_start.rs: writes inside the buffer.
fn main() {
    let mut v = vec![0i16; 4];
    let p = v.as_mut_ptr().wrapping_add(2);
    unsafe { *p = 7 };
    println!("{:?}", v);
}
