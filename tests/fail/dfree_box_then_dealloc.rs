// frees a Box's memory through Box::from_raw and then again with dealloc.
// error-pattern: has been freed
use std::alloc::{dealloc, Layout};

fn main() {
    let p = Box::into_raw(Box::new(5u32));
    unsafe {
        drop(Box::from_raw(p));
        dealloc(p as *mut u8, Layout::new::<u32>());
    }
    println!("done");
}
