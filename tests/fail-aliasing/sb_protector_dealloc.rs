// deallocates memory while a &mut argument to it is protected.
// error-pattern: is strongly protected
use std::alloc::{alloc, dealloc, Layout};

fn consume(x: &mut i32, p: *mut i32) {
    *x += 1;
    unsafe { dealloc(p as *mut u8, Layout::new::<i32>()) };
}

fn main() {
    unsafe {
        let p = alloc(Layout::new::<i32>()) as *mut i32;
        p.write(1);
        consume(&mut *p, p);
    }
}
