// forgets a boxed closure that captured an i32.
// error-pattern: memory leaked
fn main() {
    let x = std::hint::black_box(41);
    let f: Box<dyn Fn() -> i32> = Box::new(move || x + 1);
    println!("{}", f());
    std::mem::forget(f);
}
