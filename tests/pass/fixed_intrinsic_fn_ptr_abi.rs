// Fixed twin of tests/fail/intrinsic_fn_ptr_abi.rs: keeps the extern "C" pointer type.
extern "C" fn c_side(x: i32) -> i32 {
    x * 2
}

fn main() {
    let f: extern "C" fn(i32) -> i32 = c_side;
    println!("{}", f(21));
}
