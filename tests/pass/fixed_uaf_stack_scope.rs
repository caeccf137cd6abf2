// Fixed twin of tests/fail/uaf_stack_scope.rs: the variable lives in the outer scope.
fn main() {
    let x = 42u64;
    let p: *const u64;
    {
        p = &x;
    }
    let v = unsafe { *p };
    println!("{v}");
}
