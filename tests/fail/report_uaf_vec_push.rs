// report: a pointer into a Vec's buffer used after a `push` reallocated it: the buffer was
// allocated by `Vec::with_capacity` and freed by the `push`.
// error-pattern: has been freed, so this pointer is dangling
fn main() {
    let mut v: Vec<u16> = Vec::with_capacity(2);
    v.push(1);
    v.push(2);
    let first = v.as_ptr();
    v.push(3);
    let x = unsafe { first.read() };
    println!("{x} {}", v.len());
}
