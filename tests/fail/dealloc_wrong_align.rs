// dealloc with a smaller alignment than the allocation's.
// error-pattern: incorrect layout on deallocation
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    unsafe {
        let p = alloc(Layout::from_size_align(8, 8).unwrap());
        dealloc(p, Layout::from_size_align(8, 4).unwrap());
    }
}
