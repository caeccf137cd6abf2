// Fixed twin of tests/fail/dealloc_free_stack.rs: leaves the stack variable alone.
fn main() {
    let mut x = 9u64;
    let p = &mut x as *mut u64;
    unsafe { *p += 1 };
    println!("{x}");
}
