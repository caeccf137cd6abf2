// Covers: std::process::exit(0) in the middle of a loop: later output never appears, pending print! without newline is flushed, exit code 0.
fn main() {
    let data = [3, 1, 4, 1, 5, 9, 2, 6];
    let mut sum = 0;
    for (i, x) in data.iter().enumerate() {
        sum += x;
        println!("step {} value {} sum {}", i, x, sum);
        if sum > 12 {
            print!("threshold reached at step {}", i);
            std::process::exit(0);
        }
    }
    println!("never reached");
}
