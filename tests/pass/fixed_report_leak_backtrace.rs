// Fixed twin of tests/fail/report_leak_backtrace.rs: the Box is dropped instead of forgotten.
fn make(n: u64) -> Box<u64> {
    Box::new(n * 3)
}

fn main() {
    let b = make(14);
    println!("{b}");
    drop(b);
}
