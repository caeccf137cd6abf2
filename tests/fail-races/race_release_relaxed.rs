// the writer publishes with Release but main loads the flag with Relaxed, so there is no happens-before.
// error-pattern: Data race detected between
use std::sync::atomic::{AtomicBool, Ordering};
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
        unsafe { *p.get() = 64 };
        READY.store(true, Ordering::Release);
    });
    wait_ready();
    let v = unsafe { *data };
    println!("{v}");
    t.join().unwrap();
}
