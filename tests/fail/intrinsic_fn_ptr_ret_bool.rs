// calls a fn() -> u8 through a pointer transmuted to fn() -> bool.
// error-pattern: passing return place of type bool
fn two() -> u8 {
    2
}

fn main() {
    let f: fn() -> bool = unsafe { std::mem::transmute(two as fn() -> u8) };
    println!("{}", f());
}
