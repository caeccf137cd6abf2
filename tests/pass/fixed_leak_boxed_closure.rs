// Fixed twin of tests/fail/leak_boxed_closure.rs: lets the closure drop.
fn main() {
    let x = std::hint::black_box(41);
    let f: Box<dyn Fn() -> i32> = Box::new(move || x + 1);
    println!("{}", f());
}
