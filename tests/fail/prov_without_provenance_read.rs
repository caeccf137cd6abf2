// reads through ptr::without_provenance at the address of a live variable.
// error-pattern: which is a dangling pointer (it has no provenance)
fn main() {
    let x = 9u8;
    let addr = (&x as *const u8).addr();
    let p = std::ptr::without_provenance::<u8>(addr);
    let v = unsafe { p.read() };
    println!("{v}");
}
