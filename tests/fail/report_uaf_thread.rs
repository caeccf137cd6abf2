// report: a use after free on a spawned thread: the backtrace title names the thread.
// error-pattern: has been freed, so this pointer is dangling
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
    drop(b);
    let h = thread::Builder::new().name("reader".to_string()).spawn(move || p.get()).unwrap();
    println!("{}", h.join().unwrap());
}
