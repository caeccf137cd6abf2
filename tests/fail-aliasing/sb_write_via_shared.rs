// writes through a raw pointer derived from a shared reference.
// error-pattern: but that tag only grants SharedReadOnly permission
fn as_mut_ptr(p: *const i32) -> *mut i32 {
    p as *mut i32
}

fn main() {
    let x = 0;
    let r = &x;
    let p = as_mut_ptr(r);
    unsafe { *p = 1 };
    println!("{x}");
}
