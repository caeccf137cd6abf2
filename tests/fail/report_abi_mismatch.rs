// report: a call through a fn pointer transmuted to take an i32 where the function takes a
// f32: the ABI-mismatch report with its two extra helps.
// error-pattern: passing argument of type i32
fn scale(x: f32) -> f32 {
    x * 2.0
}

fn main() {
    let f: fn(i32) -> f32 = unsafe { std::mem::transmute(scale as fn(f32) -> f32) };
    println!("{}", f(3));
}
