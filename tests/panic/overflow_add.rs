// Covers: i32 addition overflow panics with overflow checks on (uncaught).
fn accumulate(start: i32, step: i32, n: u32) -> i32 {
    let mut acc = start;
    for i in 0..n {
        acc += step;
        if i % 2 == 0 {
            println!("acc after {} steps = {}", i + 1, acc);
        }
    }
    acc
}

fn main() {
    let total = accumulate(i32::MAX - 10, 3, 6);
    println!("never {}", total);
}
