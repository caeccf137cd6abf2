// Covers: std::panic::catch_unwind of explicit panics (static str and formatted String payloads), payload downcast, resume after catching.
use std::panic;

fn risky(n: i32) -> i32 {
    if n < 0 {
        panic!("negative input: {}", n);
    }
    if n == 0 {
        panic!("zero");
    }
    100 / n
}

fn payload_str(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("&str: {}", s)
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("String: {}", s)
    } else {
        "unknown".to_string()
    }
}

fn main() {
    for n in [5, -3, 0, 20] {
        let r = panic::catch_unwind(|| risky(n));
        match r {
            Ok(v) => println!("risky({}) = {}", n, v),
            Err(p) => println!("risky({}) panicked with {}", n, payload_str(&p)),
        }
    }
    let r: Result<(), _> = panic::catch_unwind(|| {
        let v: Vec<i32> = Vec::new();
        let _ = v.iter().max().expect("empty vector has no max");
    });
    println!("expect caught: {}", r.is_err());
    let mut state = vec![1, 2, 3];
    let r = panic::catch_unwind(panic::AssertUnwindSafe(|| {
        state.push(4);
        if state.len() > 3 {
            panic!("too long: {:?}", state);
        }
    }));
    println!("after assert-unwind-safe: err={} state={:?}", r.is_err(), state);
    let ok = panic::catch_unwind(|| "fine");
    println!("no panic: {:?}", ok);
    println!("done");
}
