// Fixed twin of tests/fail/dealloc_wrong_size.rs: deallocates with the same layout.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::from_size_align(16, 4).unwrap();
    unsafe {
        let p = alloc(layout);
        assert!(!p.is_null());
        dealloc(p, layout);
    }
    println!("freed with the allocation layout");
}
