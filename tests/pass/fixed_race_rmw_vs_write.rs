// Fixed twin of tests/fail/race_rmw_vs_write.rs: joins before the non-atomic write.
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;

#[derive(Clone, Copy)]
struct SendPtr(*mut u32);
unsafe impl Send for SendPtr {}

impl SendPtr {
    fn get(self) -> *mut u32 {
        self.0
    }
}

fn main() {
    let data = Box::into_raw(Box::new(0u32));
    let p = SendPtr(data);
    let t = thread::spawn(move || {
        unsafe { AtomicU32::from_ptr(p.get()) }.fetch_add(1, Ordering::Relaxed);
    });
    t.join().unwrap();
    unsafe { *data += 100 };
    println!("{}", unsafe { *data });
    drop(unsafe { Box::from_raw(data) });
}
