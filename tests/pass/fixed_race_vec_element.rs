// Fixed twin of tests/fail/race_vec_element.rs: joins the thread before reading.
use std::thread;

#[derive(Clone, Copy)]
struct SendPtr(*mut u64);
unsafe impl Send for SendPtr {}

impl SendPtr {
    fn get(self) -> *mut u64 {
        self.0
    }
}

fn main() {
    let mut v = vec![0u64; 4];
    let base = v.as_mut_ptr();
    let p = SendPtr(base);
    let t = thread::spawn(move || {
        unsafe { *p.get().add(1) = 8 };
    });
    t.join().unwrap();
    let x = unsafe { *base.add(1) };
    println!("{x} {:?}", v);
}
