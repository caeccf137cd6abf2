// Fixed twin of tests/fail/race_two_threads.rs: the flag synchronises (Release/Acquire).
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
    while !READY.load(Ordering::Acquire) {
        thread::yield_now();
    }
}

fn main() {
    let data = Box::into_raw(Box::new(0u32));
    let w = SendPtr(data);
    let r = SendPtr(data);
    let writer = thread::spawn(move || {
        unsafe { *w.get() = 11 };
        READY.store(true, Ordering::Release);
    });
    let reader = thread::spawn(move || {
        wait_ready();
        unsafe { *r.get() }
    });
    writer.join().unwrap();
    println!("{}", reader.join().unwrap());
    drop(unsafe { Box::from_raw(data) });
}
