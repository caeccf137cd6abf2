// Fixed twin of tests/fail/dfree_realloc_old_pointer.rs: frees only the pointer realloc returned.
use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    let layout = Layout::new::<[u32; 2]>();
    unsafe {
        let p = alloc(layout);
        assert!(!p.is_null());
        let q = realloc(p, layout, 32);
        assert!(!q.is_null());
        dealloc(q, Layout::from_size_align(32, 4).unwrap());
    }
    println!("reallocated and freed once");
}
