// Recursive Fibonacci without memoization: fib(25) makes 242,785 calls.

fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    println!("fib(25) = {}", fib(25));
}
