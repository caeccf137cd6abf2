// Fixed twin of tests/fail/report_uaf_thread.rs: the Box is freed after the thread was joined.
use std::thread;

struct SendPtr(*const i64);
unsafe impl Send for SendPtr {}

impl SendPtr {
    fn get(&self) -> i64 {
        unsafe { *self.0 }
    }
}

fn main() {
    let b = Box::new(9i64);
    let p = SendPtr(&*b);
    let h = thread::Builder::new().name("reader".to_string()).spawn(move || p.get()).unwrap();
    println!("{}", h.join().unwrap());
    drop(b);
}
