// writes through the pointer of a shared slice.
// error-pattern: but that tag only grants SharedReadOnly permission
fn main() {
    let v = [1, 2, 3];
    let s: &[i32] = &v;
    let p = s.as_ptr() as *mut i32;
    unsafe { *p = 9 };
    println!("{:?}", v);
}
