// Fixed twin of tests/fail/race_write_vs_atomic_load.rs: the flag synchronises (Release/Acquire).
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
    while !READY.load(Ordering::Acquire) {
        thread::yield_now();
    }
}

fn main() {
    let data = Box::into_raw(Box::new(0u32));
    let p = SendPtr(data);
    let t = thread::spawn(move || {
        unsafe { *p.get() = 9 };
        READY.store(true, Ordering::Release);
    });
    wait_ready();
    let v = unsafe { AtomicU32::from_ptr(data) }.load(Ordering::Relaxed);
    println!("{v}");
    t.join().unwrap();
    drop(unsafe { Box::from_raw(data) });
}
