// writes through a &mut after a read through its parent raw pointer disabled it.
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let mut a = 1;
    let raw = &mut a as *mut i32;
    let m: &mut i32 = unsafe { &mut *raw };
    let v = unsafe { *raw };
    *m = v + 1;
    println!("{a}");
}
