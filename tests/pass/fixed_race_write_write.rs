// Fixed twin of tests/fail/race_write_write.rs: joins the thread before the second write.
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
        unsafe { *p.get() = 1 };
    });
    t.join().unwrap();
    unsafe { *data = 2 };
    println!("{}", unsafe { *data });
    drop(unsafe { Box::from_raw(data) });
}
