// Fixed twin of tests/fail/seed_thread_check_then_free.rs: the owner joins the reader before it
// retires and frees the value.
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

static RETIRED: AtomicBool = AtomicBool::new(false);

struct SendPtr(*mut u64);
unsafe impl Send for SendPtr {}
impl SendPtr {
    fn get(&self) -> *mut u64 {
        self.0
    }
}

fn main() {
    let value = Box::into_raw(Box::new(41u64));
    let shared = SendPtr(value);
    let reader = thread::spawn(move || {
        if RETIRED.load(Ordering::Acquire) {
            return 0;
        }
        let request: Vec<u64> = (0..8).map(|i| i * 3).collect();
        unsafe { *shared.get() + request[1] / 3 }
    });
    let mut work = 0u64;
    for i in 0..20 {
        work += i;
    }
    let got = reader.join().unwrap();
    RETIRED.store(true, Ordering::Release);
    unsafe { drop(Box::from_raw(value)) };
    println!("{} {}", work, got);
}
