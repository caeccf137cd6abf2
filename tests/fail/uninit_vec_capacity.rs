// reads a byte of a Vec's spare capacity.
// error-pattern: but memory is uninitialized at
fn main() {
    let v: Vec<u8> = Vec::with_capacity(10);
    let b = unsafe { *v.as_ptr().add(5) };
    println!("{b}");
}
