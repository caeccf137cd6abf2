// Fixed twin of tests/fail/race_named_thread.rs: the flag synchronises (Release/Acquire).
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
    let t = thread::Builder::new()
        .name("writer".to_string())
        .spawn(move || {
            unsafe { *p.get() = 5 };
            READY.store(true, Ordering::Release);
        })
        .unwrap();
    wait_ready();
    let v = unsafe { *data };
    println!("{v}");
    t.join().unwrap();
    drop(unsafe { Box::from_raw(data) });
}
