// creates a reference from a pointer into a freed Box.
// error-pattern: has been freed
fn main() {
    let b = Box::new(3i32);
    let p = &*b as *const i32;
    drop(b);
    let r: &i32 = unsafe { &*p };
    println!("{r}");
}
