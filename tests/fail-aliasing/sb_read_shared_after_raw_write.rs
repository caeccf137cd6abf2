// reads through a shared reference after a write through the raw pointer it came from.
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let mut a = 1;
    let raw = &mut a as *mut i32;
    let shared: &i32 = unsafe { &*raw };
    unsafe { *raw = 2 };
    let v = *shared;
    println!("{v}");
}
