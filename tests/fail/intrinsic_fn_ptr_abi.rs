// calls an extern "C" fn through a pointer transmuted to a Rust-ABI fn pointer.
// error-pattern: using calling convention
extern "C" fn c_side(x: i32) -> i32 {
    x * 2
}

fn main() {
    let f: fn(i32) -> i32 = unsafe { std::mem::transmute(c_side as extern "C" fn(i32) -> i32) };
    println!("{}", f(21));
}
