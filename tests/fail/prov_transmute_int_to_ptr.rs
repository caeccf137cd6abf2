// transmutes an address into a pointer and reads through it.
// error-pattern: which is a dangling pointer (it has no provenance)
#[allow(integer_to_ptr_transmutes)]
fn main() {
    let x = 77u16;
    let addr = (&x as *const u16).addr();
    let p: *const u16 = unsafe { std::mem::transmute(addr) };
    let v = unsafe { *p };
    println!("{v}");
}
