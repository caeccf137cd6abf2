// reads through a pointer into a Box after the Box was moved to another variable.
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let b = Box::new(5);
    let p = &*b as *const i32;
    let b2 = b;
    let v = unsafe { *p };
    println!("{v} {b2}");
}
