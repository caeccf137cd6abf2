// Fixed twin of tests/fail/seed_thread_check_then_free_twice.rs: takes the pointer with one atomic
// swap, so exactly one thread gets it and frees it.
use std::sync::atomic::{AtomicPtr, Ordering};
use std::thread;

static SLOT: AtomicPtr<u64> = AtomicPtr::new(std::ptr::null_mut());

fn release(who: &str) -> bool {
    let p = SLOT.swap(std::ptr::null_mut(), Ordering::AcqRel);
    if p.is_null() {
        return false;
    }
    let note = format!("{who} releases the slot");
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
