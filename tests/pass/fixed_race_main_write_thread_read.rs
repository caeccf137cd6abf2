// Fixed twin of tests/fail/race_main_write_thread_read.rs: Release store, Acquire load.
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
    let p = SendPtr(data);
    let t = thread::spawn(move || {
        wait_ready();
        unsafe { *p.get() }
    });
    unsafe { *data = 7 };
    READY.store(true, Ordering::Release);
    println!("{}", t.join().unwrap());
    drop(unsafe { Box::from_raw(data) });
}
