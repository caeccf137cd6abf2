// transmutes a pointer to freed memory into a Box.
// error-pattern: encountered a dangling box (use-after-free)
fn main() {
    let p = Box::into_raw(Box::new(8u8));
    unsafe { drop(Box::from_raw(p)) };
    let b: Box<u8> = unsafe { std::mem::transmute(p) };
    std::mem::forget(b);
}
