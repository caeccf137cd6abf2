// deallocates a `static mut` with std::alloc::dealloc.
// error-pattern: using Rust heap deallocation operation
use std::alloc::{dealloc, Layout};

static mut COUNTER: u64 = 0;

fn main() {
    unsafe {
        let p = &raw mut COUNTER;
        *p += 1;
        dealloc(p as *mut u8, Layout::new::<u64>());
    }
}
