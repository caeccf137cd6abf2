// calls a fn(i32, i32) through a pointer transmuted to fn(i32).
// error-pattern: with fewer arguments than it requires
fn add(a: i32, b: i32) {
    println!("{}", a + b);
}

fn main() {
    let f: fn(i32) = unsafe { std::mem::transmute(add as fn(i32, i32)) };
    f(1);
}
