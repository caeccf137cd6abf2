// report: a leak whose allocation backtrace goes through a user function (`make`) called by main.
// error-pattern: memory leaked
fn make(n: u64) -> Box<u64> {
    Box::new(n * 3)
}

fn main() {
    let b = make(14);
    println!("{b}");
    std::mem::forget(b);
}
