// Fixed twin of tests/fail/sb_protector_dealloc.rs: deallocates after the function returned.
use std::alloc::{alloc, dealloc, Layout};

fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    unsafe {
        let p = alloc(Layout::new::<i32>()) as *mut i32;
        assert!(!p.is_null());
        p.write(1);
        bump(&mut *p);
        println!("{}", *p);
        dealloc(p as *mut u8, Layout::new::<i32>());
    }
}
