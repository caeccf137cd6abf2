// Fixed twin of tests/fail/race_atomic_store_vs_read.rs: main reads atomically too.
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::thread;

#[derive(Clone, Copy)]
struct SendPtr(*mut u32);
unsafe impl Send for SendPtr {}

impl SendPtr {
    fn get(self) -> *mut u32 {
        self.0
    }
}

static READY: AtomicBool = AtomicBool::new(false);

fn wait_ready() {
    while !READY.load(Ordering::Relaxed) {
        thread::yield_now();
    }
}

fn main() {
    let data = Box::into_raw(Box::new(0u32));
    let p = SendPtr(data);
    let t = thread::spawn(move || {
        let a = unsafe { AtomicU32::from_ptr(p.get()) };
        a.store(5, Ordering::Relaxed);
        READY.store(true, Ordering::Relaxed);
    });
    wait_ready();
    let v = unsafe { AtomicU32::from_ptr(data) }.load(Ordering::Relaxed);
    t.join().unwrap();
    println!("{}", v == 5 || v == 0);
    drop(unsafe { Box::from_raw(data) });
}
