// Fixed twin of tests/fail/race_read_write.rs: joins the thread before writing.
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
    let data = Box::into_raw(Box::new(1u32));
    let p = SendPtr(data);
    let t = thread::spawn(move || unsafe { *p.get() });
    let v = t.join().unwrap();
    unsafe { *data = 2 };
    println!("{v} {}", unsafe { *data });
    drop(unsafe { Box::from_raw(data) });
}
