// a reader thread checks that the value is not retired, prepares its request and only then
// announces itself; the owner retires the value and frees it unless a reader has announced
// itself. When the scheduler (preemption, seeded) lets the owner run in that window, the reader
// reads freed memory.
// error-pattern: has been freed
// miriflags: -Zmiri-seed=3
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

static RETIRED: AtomicBool = AtomicBool::new(false);
static STARTED: AtomicBool = AtomicBool::new(false);
static DONE: AtomicBool = AtomicBool::new(false);

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
        STARTED.store(true, Ordering::Release);
        let v = unsafe { *shared.get() } + request[1] / 3;
        DONE.store(true, Ordering::Release);
        v
    });
    let mut work = 0u64;
    for i in 0..20 {
        work += i;
    }
    RETIRED.store(true, Ordering::Release);
    if STARTED.load(Ordering::Acquire) {
        while !DONE.load(Ordering::Acquire) {
            thread::yield_now();
        }
    }
    unsafe { drop(Box::from_raw(value)) };
    let got = reader.join().unwrap();
    println!("{} {}", work, got);
}
