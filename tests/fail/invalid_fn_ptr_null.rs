// transmutes 0 into a function pointer.
// error-pattern: encountered a null function pointer
#[allow(invalid_value)]
fn main() {
    let f: fn() = unsafe { std::mem::transmute(0usize) };
    f();
}
