// Fixed twin of tests/fail/invalid_bool_ptr_read.rs: the byte holds 1, a valid bool.
fn main() {
    let byte = 1u8;
    let b = unsafe { *(&byte as *const u8 as *const bool) };
    println!("{b}");
}
