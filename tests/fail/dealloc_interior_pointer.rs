// deallocates through a pointer into the middle of the allocation.
// error-pattern: which does not point to the beginning of an object
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::from_size_align(16, 8).unwrap();
    unsafe {
        let p = alloc(layout);
        let mid = p.add(8);
        dealloc(mid, layout);
    }
}
