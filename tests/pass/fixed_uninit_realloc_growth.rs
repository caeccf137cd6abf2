// Fixed twin of tests/fail/uninit_realloc_growth.rs: writes the new part before reading it.
use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    let layout = Layout::new::<u32>();
    unsafe {
        let p = alloc(layout) as *mut u32;
        assert!(!p.is_null());
        p.write(1);
        let q = realloc(p as *mut u8, layout, 8) as *mut u32;
        assert!(!q.is_null());
        q.add(1).write(2);
        println!("{} {}", *q, *q.add(1));
        dealloc(q as *mut u8, Layout::from_size_align(8, 4).unwrap());
    }
}
