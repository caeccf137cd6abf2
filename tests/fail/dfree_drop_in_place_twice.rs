// runs ptr::drop_in_place twice on a heap String.
// error-pattern: has been freed
use std::alloc::{dealloc, Layout};

fn main() {
    let p = Box::into_raw(Box::new(String::from("x")));
    unsafe {
        std::ptr::drop_in_place(p);
        std::ptr::drop_in_place(p);
        dealloc(p as *mut u8, Layout::new::<String>());
    }
}
