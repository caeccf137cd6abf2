// calls a function pointer made from a pointer to data.
// error-pattern: but it does not point to a function
fn main() {
    let data = [0xC3u8; 4];
    let f: fn() = unsafe { std::mem::transmute(data.as_ptr()) };
    f();
}
