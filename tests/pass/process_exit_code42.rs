// Covers: std::process::exit(42) from a nested function with buffered print! output (no trailing newline).
fn deep(n: u32) -> u32 {
    if n == 0 {
        print!("exiting from the bottom");
        std::process::exit(42);
    }
    print!("{} ", n);
    deep(n - 1) + 1
}

fn main() {
    println!("before");
    let r = deep(5);
    println!("never {}", r);
}
