// a thread increments a `static mut`, main reads it after a Relaxed flag.
// error-pattern: Data race detected between
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

static READY: AtomicBool = AtomicBool::new(false);

fn wait_ready() {
    while !READY.load(Ordering::Relaxed) {
        thread::yield_now();
    }
}

static mut COUNTER: u64 = 0;

fn main() {
    let t = thread::spawn(|| {
        unsafe { *(&raw mut COUNTER) += 1 };
        READY.store(true, Ordering::Relaxed);
    });
    wait_ready();
    let v = unsafe { *(&raw const COUNTER) };
    println!("{v}");
    t.join().unwrap();
}
