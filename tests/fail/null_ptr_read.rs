// std::ptr::read of a null pointer.
// error-pattern: but got null pointer
fn main() {
    let p: *const u16 = std::hint::black_box(std::ptr::null());
    let x = unsafe { std::ptr::read(p) };
    println!("{x}");
}
