// Fixed twin of tests/fail/dealloc_realloc_wrong_layout.rs: passes the allocation's real layout.
use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    let old = Layout::from_size_align(16, 4).unwrap();
    unsafe {
        let p = alloc(old);
        assert!(!p.is_null());
        let q = realloc(p, old, 32);
        assert!(!q.is_null());
        dealloc(q, Layout::from_size_align(32, 4).unwrap());
    }
    println!("grown from 16 to 32 bytes");
}
