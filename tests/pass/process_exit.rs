// Covers: std::process::exit with a non-zero code after printing; stdout must be flushed by exit; destructors are not run.
use std::io::Write;

struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy (must not appear)");
    }
}

fn check(v: &[i32]) -> Result<i32, String> {
    let s: i32 = v.iter().sum();
    if s > 10 { Err(format!("sum {} too big", s)) } else { Ok(s) }
}

fn main() {
    let _n = Noisy;
    println!("starting");
    for v in [vec![1, 2], vec![3, 4, 5]] {
        match check(&v) {
            Ok(s) => println!("ok {}", s),
            Err(e) => {
                println!("error: {}", e);
                eprintln!("fatal: {}", e);
                std::io::stdout().flush().unwrap();
                std::process::exit(3);
            }
        }
    }
    println!("unreachable");
}
