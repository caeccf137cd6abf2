// reads a Vec's old buffer after clear() and shrink_to_fit() freed it.
// error-pattern: has been freed
fn main() {
    let mut v = vec![1u8, 2, 3];
    let p = v.as_ptr();
    v.clear();
    v.shrink_to_fit();
    let x = unsafe { *p };
    println!("{x} {}", v.capacity());
}
