// reads a char through a pointer to a u32 holding 0xDFFF.
// error-pattern: but expected a valid unicode scalar value
fn main() {
    let raw = 0xDFFFu32;
    let c = unsafe { *(&raw as *const u32 as *const char) };
    println!("{c}");
}
