// frees malloc'd memory with std::alloc::dealloc.
// error-pattern: using Rust heap deallocation operation
use std::alloc::{dealloc, Layout};
use std::ffi::c_void;

extern "C" {
    fn malloc(size: usize) -> *mut c_void;
}

fn main() {
    let p = unsafe { malloc(4) } as *mut u8;
    unsafe { dealloc(p, Layout::new::<u32>()) };
    println!("done");
}
