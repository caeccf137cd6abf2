// Fixed twin of tests/fail/uaf_dealloc_read.rs: reads before deallocating.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::new::<u32>();
    unsafe {
        let p = alloc(layout) as *mut u32;
        assert!(!p.is_null());
        p.write(9);
        let v = *p;
        dealloc(p as *mut u8, layout);
        println!("{v}");
    }
}
