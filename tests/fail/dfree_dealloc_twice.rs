// deallocates the same std::alloc allocation twice.
// error-pattern: has been freed
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::from_size_align(16, 8).unwrap();
    unsafe {
        let p = alloc(layout);
        dealloc(p, layout);
        dealloc(p, layout);
    }
    println!("freed twice");
}
