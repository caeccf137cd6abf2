// deallocates a stack variable with std::alloc::dealloc.
// error-pattern: which is stack variable memory
use std::alloc::{dealloc, Layout};

fn main() {
    let mut x = 5u32;
    unsafe { dealloc(&mut x as *mut u32 as *mut u8, Layout::new::<u32>()) };
    println!("{x}");
}
