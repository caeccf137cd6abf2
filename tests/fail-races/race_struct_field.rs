// a thread writes field b of a struct, main reads it after a Relaxed flag.
// error-pattern: Data race detected between
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

#[repr(C)]
struct Pair {
    a: u32,
    b: u32,
}

#[derive(Clone, Copy)]
struct SendPtr(*mut Pair);
unsafe impl Send for SendPtr {}

impl SendPtr {
    fn get(self) -> *mut Pair {
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
    let data = Box::into_raw(Box::new(Pair { a: 1, b: 2 }));
    let p = SendPtr(data);
    let t = thread::spawn(move || {
        unsafe { (*p.get()).b = 20 };
        READY.store(true, Ordering::Relaxed);
    });
    wait_ready();
    let b = unsafe { (*data).b };
    println!("{b}");
    t.join().unwrap();
}
