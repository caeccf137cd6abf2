// calls a fn() -> i32 through a pointer transmuted to fn() -> i64.
// error-pattern: passing return place of type i64
fn seven() -> i32 {
    7
}

fn main() {
    let f: fn() -> i64 = unsafe { std::mem::transmute(seven as fn() -> i32) };
    println!("{}", f());
}
