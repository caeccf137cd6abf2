// a thread does fetch_add, main a non-atomic write, unordered.
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
        unsafe { AtomicU32::from_ptr(p.get()) }.fetch_add(1, Ordering::Relaxed);
        READY.store(true, Ordering::Relaxed);
    });
    wait_ready();
    unsafe { *data = 100 };
    t.join().unwrap();
}
