// dereferences a pointer to a local of a function that has returned.
// error-pattern: has been freed
fn make(out: &mut *const i32) -> i32 {
    let local = 7;
    *out = &local;
    local
}

fn main() {
    let mut p: *const i32 = std::ptr::null();
    let seven = make(&mut p);
    let v = unsafe { *p };
    println!("{seven} {v}");
}
