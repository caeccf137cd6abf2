// Fixed twin of tests/fail/leak_malloc.rs: frees.
use std::ffi::c_void;

extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

fn main() {
    let p = unsafe { malloc(32) };
    println!("{}", p.is_null());
    unsafe { free(p) };
}
