// Fixed twin of tests/fail/race_static_mut.rs: the flag synchronises (Release/Acquire).
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

static READY: AtomicBool = AtomicBool::new(false);

fn wait_ready() {
    while !READY.load(Ordering::Acquire) {
        thread::yield_now();
    }
}

static mut COUNTER: u64 = 0;

fn main() {
    let t = thread::spawn(|| {
        unsafe { *(&raw mut COUNTER) += 1 };
        READY.store(true, Ordering::Release);
    });
    wait_ready();
    let v = unsafe { *(&raw const COUNTER) };
    println!("{v}");
    t.join().unwrap();
}
