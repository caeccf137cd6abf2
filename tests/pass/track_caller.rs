// Covers: #[track_caller] and std::panic::Location::caller() (file/line/column), Location in panics caught by catch_unwind, custom panic hook printing location via take_hook/set_hook.
use std::panic::{self, Location};

#[track_caller]
fn where_am_i() -> String {
    let l = Location::caller();
    format!("{}:{}:{}", l.file(), l.line(), l.column())
}

#[track_caller]
fn checked_get(v: &[i32], i: usize) -> i32 {
    match v.get(i) {
        Some(x) => *x,
        None => panic!("index {} out of range (len {})", i, v.len()),
    }
}

fn main() {
    println!("called from {}", where_am_i());
    println!("called from {}", where_am_i());
    let here = Location::caller();
    println!("main location line {}", here.line());
    panic::set_hook(Box::new(|info| {
        let loc = info.location().unwrap();
        let msg = info.payload().downcast_ref::<String>().cloned().unwrap_or_else(|| "<non-string>".into());
        eprintln!("[hook] panic at line {} col {}: {}", loc.line(), loc.column(), msg);
    }));
    let v = vec![1, 2, 3];
    println!("get 1 = {}", checked_get(&v, 1));
    let r = panic::catch_unwind(|| checked_get(&v, 10));
    println!("caught {}", r.is_err());
    let _ = panic::take_hook();
    let r2 = panic::catch_unwind(|| checked_get(&v, 20));
    println!("caught with default hook {}", r2.is_err());
}
