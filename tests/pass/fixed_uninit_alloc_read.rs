// Fixed twin of tests/fail/uninit_alloc_read.rs: uses alloc_zeroed.
use std::alloc::{alloc_zeroed, dealloc, Layout};

fn main() {
    let layout = Layout::new::<u64>();
    unsafe {
        let p = alloc_zeroed(layout) as *mut u64;
        assert!(!p.is_null());
        let x = *p;
        println!("{x}");
        dealloc(p as *mut u8, layout);
    }
}
