// Fixed twin of tests/fail/report_abi_mismatch.rs: the fn pointer has the function's own type.
fn scale(x: f32) -> f32 {
    x * 2.0
}

fn main() {
    let f: fn(f32) -> f32 = scale;
    println!("{}", f(3.0));
}
