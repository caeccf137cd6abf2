// reads a bool through a pointer to a byte holding 3.
// error-pattern: but expected a boolean
fn main() {
    let byte = 3u8;
    let b = unsafe { *(&byte as *const u8 as *const bool) };
    println!("{b}");
}
