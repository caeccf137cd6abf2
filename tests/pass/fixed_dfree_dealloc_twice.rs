// Fixed twin of tests/fail/dfree_dealloc_twice.rs: deallocates once.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::from_size_align(16, 8).unwrap();
    unsafe {
        let p = alloc(layout);
        assert!(!p.is_null());
        dealloc(p, layout);
    }
    println!("freed once");
}
