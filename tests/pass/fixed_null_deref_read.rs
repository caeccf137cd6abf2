// Fixed twin of tests/fail/null_deref_read.rs: checks for null with as_ref.
fn main() {
    let p: *const i32 = std::ptr::null();
    let x = unsafe { p.as_ref() }.copied().unwrap_or(-1);
    println!("{x}");
}
