// creates a &mut from a raw pointer whose tag was popped.
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let mut a = 1;
    let p = &mut a as *mut i32;
    let q = unsafe { &mut *p } as *mut i32;
    unsafe { *p = 2 };
    let r: &mut i32 = unsafe { &mut *q };
    *r += 1;
    println!("{a}");
}
