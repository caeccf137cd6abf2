// two threads each load a shared pointer, and if it is not null, log and then clear and free it:
// a check-then-act race (no data race: every shared access is atomic). When the scheduler lets
// both load before either clears it, the box is freed twice.
// error-pattern: has been freed
// miriflags: -Zmiri-seed=3
use std::sync::atomic::{AtomicPtr, Ordering};
use std::thread;

static SLOT: AtomicPtr<u64> = AtomicPtr::new(std::ptr::null_mut());

fn release(who: &str) -> bool {
    let p = SLOT.load(Ordering::Acquire);
    if p.is_null() {
        return false;
    }
    let note = format!("{who} releases the slot");
    SLOT.store(std::ptr::null_mut(), Ordering::Release);
    unsafe { drop(Box::from_raw(p)) };
    !note.is_empty()
}

fn main() {
    SLOT.store(Box::into_raw(Box::new(5u64)), Ordering::Release);
    let other = thread::spawn(|| release("worker"));
    let mine = release("main");
    let theirs = other.join().unwrap();
    println!("{}", mine as u32 + theirs as u32);
}
