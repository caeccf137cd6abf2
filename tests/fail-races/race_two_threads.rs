// one spawned thread writes, another reads after a Relaxed flag.
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
    let w = SendPtr(data);
    let r = SendPtr(data);
    let writer = thread::spawn(move || {
        unsafe { *w.get() = 11 };
        READY.store(true, Ordering::Relaxed);
    });
    let reader = thread::spawn(move || {
        wait_ready();
        unsafe { *r.get() }
    });
    writer.join().unwrap();
    println!("{}", reader.join().unwrap());
}
