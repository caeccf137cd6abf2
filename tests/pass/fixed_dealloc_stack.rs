// Fixed twin of tests/fail/dealloc_stack.rs: deallocates only memory from alloc.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::new::<u32>();
    unsafe {
        let p = alloc(layout) as *mut u32;
        assert!(!p.is_null());
        p.write(5);
        println!("{}", p.read());
        dealloc(p as *mut u8, layout);
    }
}
