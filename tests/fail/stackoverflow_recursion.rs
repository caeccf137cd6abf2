// unbounded recursion (the base case is never reached).
// error-pattern: reached the configured maximum number of stack frames
fn depth(n: u64, stop: u64) -> u64 {
    if n == stop {
        return n;
    }
    depth(n + 1, stop) + 1
}

fn main() {
    println!("{}", depth(0, std::hint::black_box(u64::MAX)));
}
