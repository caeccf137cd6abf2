// reads through a pointer to a Vec's first element after a push reallocated the buffer.
// error-pattern: has been freed
fn main() {
    let mut v = Vec::with_capacity(1);
    v.push(1i32);
    let first = &v[0] as *const i32;
    v.push(2);
    let x = unsafe { *first };
    println!("{x}");
}
