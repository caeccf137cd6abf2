// passes a u64 to a function expecting an f64 (transmuted fn pointer).
// error-pattern: passing argument of type u64
fn half(x: f64) {
    println!("{}", x / 2.0);
}

fn main() {
    let f: fn(u64) = unsafe { std::mem::transmute(half as fn(f64)) };
    f(4);
}
