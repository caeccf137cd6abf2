// Fixed twin of tests/fail/null_deref_write.rs: writes through a pointer to a real variable after a null check.
fn main() {
    let mut slot = 0u64;
    let p: *mut u64 = &mut slot;
    if !p.is_null() {
        unsafe { *p = 1 };
    }
    println!("{slot}");
}
