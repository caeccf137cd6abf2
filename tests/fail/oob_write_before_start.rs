// writes two bytes before the start of a Vec's buffer.
// error-pattern: points to before the beginning of the allocation
fn main() {
    let mut v = vec![0i16; 4];
    let p = v.as_mut_ptr().wrapping_sub(2);
    unsafe { *p = 7 };
    println!("{:?}", v);
}
