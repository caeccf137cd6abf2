// Fixed twin of tests/fail/race_dealloc.rs: the flag synchronises (Release/Acquire).
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
    while !READY.load(Ordering::Acquire) {
        thread::yield_now();
    }
}

fn main() {
    let data = Box::into_raw(Box::new(3u32));
    let p = SendPtr(data);
    let t = thread::spawn(move || {
        let v = unsafe { *p.get() };
        READY.store(true, Ordering::Release);
        v
    });
    wait_ready();
    unsafe { dealloc(data as *mut u8, Layout::new::<u32>()) };
    println!("{}", t.join().unwrap());
}
