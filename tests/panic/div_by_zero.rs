// Covers: integer division by zero panics (uncaught); divisor comes from data, not a constant.
fn average(v: &[i64]) -> i64 {
    let sum: i64 = v.iter().sum();
    sum / v.len() as i64
}

fn main() {
    println!("avg = {}", average(&[1, 2, 3, 4]));
    let empty: Vec<i64> = Vec::new();
    println!("avg = {}", average(&empty));
}
