// Fixed twin of tests/fail/dfree_box_then_dealloc.rs: frees it once, with the Box's own layout.
use std::alloc::{dealloc, Layout};

fn main() {
    let p = Box::into_raw(Box::new(5u32));
    unsafe {
        let v = p.read();
        dealloc(p as *mut u8, Layout::new::<u32>());
        println!("{v}");
    }
}
