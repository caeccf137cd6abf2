// reads a u64 from fresh std::alloc::alloc memory.
// error-pattern: but memory is uninitialized at
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::new::<u64>();
    unsafe {
        let p = alloc(layout) as *mut u64;
        let x = *p;
        println!("{x}");
        dealloc(p as *mut u8, layout);
    }
}
