// ptr::add(1) on a null pointer.
// error-pattern: but got null pointer
fn main() {
    let p: *const u8 = std::ptr::null();
    let q = unsafe { p.add(1) };
    println!("{}", q.is_null());
}
