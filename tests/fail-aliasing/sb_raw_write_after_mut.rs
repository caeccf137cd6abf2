// writes through a raw pointer after a new &mut to the same variable invalidated it (the &mut is used later).
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let mut x = 10;
    let raw = &mut x as *mut i32;
    let r = &mut x;
    unsafe { *raw = 20 };
    *r += 1;
    println!("{x}");
}
