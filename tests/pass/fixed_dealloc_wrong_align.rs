// Fixed twin of tests/fail/dealloc_wrong_align.rs: deallocates with the same layout.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::from_size_align(8, 8).unwrap();
    unsafe {
        let p = alloc(layout);
        assert!(!p.is_null());
        dealloc(p, layout);
    }
    println!("size 8 align 8");
}
