// Fixed twin of tests/fail/intrinsic_fn_ptr_arg_type.rs: converts the argument, not the function pointer.
fn half(x: f64) {
    println!("{}", x / 2.0);
}

fn main() {
    let f: fn(f64) = half;
    f(4u32.into());
}
