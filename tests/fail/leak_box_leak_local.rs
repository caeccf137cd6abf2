// Box::leak into a local reference that goes out of scope.
// error-pattern: memory leaked
fn main() {
    let r: &mut [u8; 16] = Box::leak(Box::new([0u8; 16]));
    r[0] = 1;
    println!("{}", r[0]);
}
