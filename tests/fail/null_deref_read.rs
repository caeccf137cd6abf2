// reads through a null pointer.
// error-pattern: but got null pointer
fn main() {
    let p: *const i32 = std::ptr::null();
    let x = unsafe { *p };
    println!("{x}");
}
