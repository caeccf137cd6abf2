// realloc with an old layout that does not match the allocation.
// error-pattern: incorrect layout on deallocation
use std::alloc::{alloc, realloc, Layout};

fn main() {
    unsafe {
        let p = alloc(Layout::from_size_align(16, 4).unwrap());
        let q = realloc(p, Layout::from_size_align(8, 4).unwrap(), 32);
        println!("{}", q.is_null());
    }
}
