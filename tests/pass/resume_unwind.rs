// Covers: nested catch_unwind, panic::resume_unwind re-raising a payload (no hook message for resume), panic inside a closure passed through generic code, panic count recovery.
use std::panic;

fn run<F: FnOnce() -> i32 + panic::UnwindSafe>(name: &str, f: F) -> Option<i32> {
    match panic::catch_unwind(f) {
        Ok(v) => {
            println!("{}: ok {}", name, v);
            Some(v)
        }
        Err(e) => {
            let msg = e.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| e.downcast_ref::<String>().cloned()).unwrap_or("?".into());
            println!("{}: panicked ({})", name, msg);
            None
        }
    }
}

fn main() {
    run("plain", || 1 + 1);
    run("inner caught", || {
        let inner = panic::catch_unwind(|| -> i32 { panic!("inner failure") });
        println!("  inner result is_err {}", inner.is_err());
        10
    });
    run("rethrown", || {
        let inner = panic::catch_unwind(|| -> i32 { panic!("first") });
        match inner {
            Ok(v) => v,
            Err(payload) => {
                println!("  rethrowing");
                panic::resume_unwind(payload)
            }
        }
    });
    run("resume custom", || panic::resume_unwind(Box::new("resumed directly")));
    let total: i32 = (0..5).filter_map(|i| run(&format!("item{}", i), move || if i % 2 == 1 { panic!("odd {}", i) } else { i * 100 })).sum();
    println!("total {}", total);
    println!("panicking now? {}", std::thread::panicking());
}
