// Fixed twin of tests/fail/intrinsic_fn_ptr_wrong_ret.rs: converts the result instead of the function pointer.
fn seven() -> i32 {
    7
}

fn main() {
    let f: fn() -> i32 = seven;
    println!("{}", i64::from(f()));
}
