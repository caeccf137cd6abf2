// creates two &mut from one raw pointer and writes through the first after creating the second.
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let mut a = 0;
    let p = &mut a as *mut i32;
    let m1 = unsafe { &mut *p };
    let m2 = unsafe { &mut *p };
    *m1 = 1;
    *m2 = 2;
    println!("{a}");
}
