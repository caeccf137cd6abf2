// writes through a null pointer.
// error-pattern: but got null pointer
fn main() {
    let p: *mut u64 = std::ptr::null_mut();
    unsafe { *p = 1 };
    println!("written");
}
