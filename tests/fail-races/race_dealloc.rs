// main deallocates memory that a thread read, ordered only by a Relaxed flag.
// error-pattern: Data race detected between
use std::alloc::{dealloc, Layout};
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
    let data = Box::into_raw(Box::new(3u32));
    let p = SendPtr(data);
    let t = thread::spawn(move || {
        let v = unsafe { *p.get() };
        READY.store(true, Ordering::Relaxed);
        v
    });
    wait_ready();
    unsafe { dealloc(data as *mut u8, Layout::new::<u32>()) };
    println!("{}", t.join().unwrap());
}
