// Fixed twin of tests/fail/intrinsic_fn_ptr_fewer_args.rs: passes both arguments.
fn add(a: i32, b: i32) {
    println!("{}", a + b);
}

fn main() {
    let f: fn(i32, i32) = add;
    f(1, 0);
}
