// a thread writes element 1 of a Vec<u64>, main reads it after a Relaxed flag.
// error-pattern: Data race detected between
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

#[derive(Clone, Copy)]
struct SendPtr(*mut u64);
unsafe impl Send for SendPtr {}

impl SendPtr {
    fn get(self) -> *mut u64 {
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
    let mut v = vec![0u64; 4];
    let base = v.as_mut_ptr();
    let p = SendPtr(base);
    let t = thread::spawn(move || {
        unsafe { *p.get().add(1) = 8 };
        READY.store(true, Ordering::Relaxed);
    });
    wait_ready();
    let x = unsafe { *base.add(1) };
    println!("{x}");
    t.join().unwrap();
    drop(v);
}
