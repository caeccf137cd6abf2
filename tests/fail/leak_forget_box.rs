// forgets a Box, so its memory is never freed.
// error-pattern: memory leaked
fn main() {
    std::mem::forget(Box::new(42u32));
    println!("forgotten");
}
