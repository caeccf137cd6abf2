// Covers: fn main() -> std::process::ExitCode with ExitCode::from(N) after output; destructors DO run (unlike process::exit).
use std::process::ExitCode;

struct Cleanup(&'static str);

impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("cleanup {}", self.0);
    }
}

fn check(values: &[u8]) -> Result<u32, u8> {
    let mut sum = 0u32;
    for &v in values {
        if v > 200 {
            return Err(v);
        }
        sum += v as u32;
    }
    Ok(sum)
}

fn main() -> ExitCode {
    let _c = Cleanup("main guard");
    println!("sum ok {:?}", check(&[1, 2, 3]));
    match check(&[10, 250, 3]) {
        Ok(s) => {
            println!("sum {}", s);
            ExitCode::SUCCESS
        }
        Err(bad) => {
            eprintln!("value {} too large", bad);
            ExitCode::from(bad - 245)
        }
    }
}
