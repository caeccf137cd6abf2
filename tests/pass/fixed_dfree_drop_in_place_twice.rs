// Fixed twin of tests/fail/dfree_drop_in_place_twice.rs: drops the String once, then frees the box memory.
use std::alloc::{dealloc, Layout};

fn main() {
    let p = Box::into_raw(Box::new(String::from("x")));
    unsafe {
        println!("{}", *p);
        std::ptr::drop_in_place(p);
        dealloc(p as *mut u8, Layout::new::<String>());
    }
    println!("done");
}
