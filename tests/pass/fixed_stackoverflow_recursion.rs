// Fixed twin of tests/fail/stackoverflow_recursion.rs: stops after 100 levels.
fn depth(n: u64, stop: u64) -> u64 {
    if n == stop {
        return n;
    }
    depth(n + 1, stop) + 1
}

fn main() {
    println!("{}", depth(0, std::hint::black_box(100)));
}
