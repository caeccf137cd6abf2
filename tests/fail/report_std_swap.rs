// report: UB inside the standard library reached from user code: `ptr::swap` with a pointer to
// a freed Box reads it inside std (the std frame is listed, main quotes its call).
// error-pattern: has been freed, so this pointer is dangling
fn main() {
    let mut a = 1u32;
    let q = Box::into_raw(Box::new(2u32));
    drop(unsafe { Box::from_raw(q) });
    unsafe { std::ptr::swap(&mut a, q) };
    println!("{a}");
}
