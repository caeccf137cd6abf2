// calls a fn(i32) through a pointer transmuted to fn(i32, i32).
// error-pattern: with more arguments than it expected
fn one(x: i32) {
    println!("{x}");
}

fn main() {
    let f: fn(i32, i32) = unsafe { std::mem::transmute(one as fn(i32)) };
    f(1, 2);
}
