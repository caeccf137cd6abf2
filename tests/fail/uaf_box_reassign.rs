// reads through a pointer into a Box whose variable was reassigned (dropping the old Box).
// error-pattern: has been freed
fn main() {
    let mut b = Box::new(1u32);
    let p = &*b as *const u32;
    b = Box::new(2);
    let v = unsafe { *p };
    println!("{v} {b}");
}
