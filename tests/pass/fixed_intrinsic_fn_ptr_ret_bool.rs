// Fixed twin of tests/fail/intrinsic_fn_ptr_ret_bool.rs: compares the byte instead.
fn two() -> u8 {
    2
}

fn main() {
    let f: fn() -> u8 = two;
    println!("{}", f() != 0);
}
