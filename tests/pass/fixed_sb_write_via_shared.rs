// Fixed twin of tests/fail/sb_write_via_shared.rs: derives the pointer from a mutable reference.
fn as_mut_ptr(p: *mut i32) -> *mut i32 {
    p
}

fn main() {
    let mut x = 0;
    let p = as_mut_ptr(&mut x);
    unsafe { *p = 1 };
    println!("{x}");
}
