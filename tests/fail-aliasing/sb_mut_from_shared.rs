// creates a &mut from a pointer that came from a shared reference.
// error-pattern: but that tag only grants SharedReadOnly permission
fn launder(p: *const i32) -> *mut i32 {
    p as *mut i32
}

fn main() {
    let x = 5;
    let r = &x;
    let m: &mut i32 = unsafe { &mut *launder(r) };
    *m += 1;
    println!("{x}");
}
