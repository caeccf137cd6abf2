// Fixed twin of tests/fail/intrinsic_fn_ptr_more_args.rs: calls it with its real signature.
fn one(x: i32) {
    println!("{x}");
}

fn main() {
    let f: fn(i32) = one;
    f(1);
}
