// reads through a raw pointer into a Box after dropping the Box.
// error-pattern: has been freed
fn main() {
    let b = Box::new(5i32);
    let p = &*b as *const i32;
    drop(b);
    let x = unsafe { *p };
    println!("{x}");
}
