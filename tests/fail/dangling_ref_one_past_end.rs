// creates a reference to the element one past the end of an array.
// error-pattern: pointer must be dereferenceable for 4 bytes
fn main() {
    let a = [1u32; 4];
    let p = unsafe { a.as_ptr().add(4) };
    let r: &u32 = unsafe { &*p };
    println!("{r}");
}
