// creates a reference from a null pointer.
// error-pattern: but got null pointer
fn main() {
    let p: *const u8 = std::hint::black_box(std::ptr::null());
    let r: &u8 = unsafe { &*p };
    println!("{r}");
}
