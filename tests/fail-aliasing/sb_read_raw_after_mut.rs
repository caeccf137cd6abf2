// reads through a raw pointer that a later &mut of the same variable invalidated.
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let mut a = 5;
    let r = &mut a as *mut i32;
    let m = &mut a;
    *m += 1;
    let v = unsafe { *r };
    println!("{v} {m}");
}
