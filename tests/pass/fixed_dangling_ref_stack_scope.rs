// Fixed twin of tests/fail/dangling_ref_stack_scope.rs: keeps the variable in scope.
fn main() {
    let x = 1u32;
    let p: *const u32 = &x;
    let r: &u32 = unsafe { &*p };
    println!("{r}");
}
