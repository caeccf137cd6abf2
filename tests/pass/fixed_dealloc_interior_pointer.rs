// Fixed twin of tests/fail/dealloc_interior_pointer.rs: goes back to the start of the allocation before deallocating.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::from_size_align(16, 8).unwrap();
    unsafe {
        let p = alloc(layout);
        assert!(!p.is_null());
        let mid = p.add(8);
        mid.write(1);
        println!("{}", mid.read());
        dealloc(mid.sub(8), layout);
    }
}
