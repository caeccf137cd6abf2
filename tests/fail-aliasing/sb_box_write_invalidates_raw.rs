// writes through a raw pointer into a Box after writing through the Box itself.
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let mut b = Box::new(1);
    let p = &mut *b as *mut i32;
    *b = 2;
    unsafe { *p = 3 };
    println!("{b}");
}
