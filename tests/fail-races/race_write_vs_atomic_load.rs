// a thread does a non-atomic write, main an atomic load, unordered.
// error-pattern: Data race detected between
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
        unsafe { *p.get() = 9 };
        READY.store(true, Ordering::Relaxed);
    });
    wait_ready();
    let v = unsafe { AtomicU32::from_ptr(data) }.load(Ordering::Relaxed);
    println!("{v}");
    t.join().unwrap();
}
