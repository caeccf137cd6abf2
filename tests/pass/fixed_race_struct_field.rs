// Fixed twin of tests/fail/race_struct_field.rs: joins the thread before reading.
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

fn main() {
    let data = Box::into_raw(Box::new(Pair { a: 1, b: 2 }));
    let p = SendPtr(data);
    let t = thread::spawn(move || {
        unsafe { (*p.get()).b = 20 };
    });
    t.join().unwrap();
    let pair = unsafe { Box::from_raw(data) };
    println!("{} {}", pair.a, pair.b);
}
