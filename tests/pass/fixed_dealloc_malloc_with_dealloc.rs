// Fixed twin of tests/fail/dealloc_malloc_with_dealloc.rs: frees with free.
use std::ffi::c_void;

extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

fn main() {
    let p = unsafe { malloc(4) } as *mut u32;
    assert!(!p.is_null());
    unsafe {
        p.write(4);
        println!("{}", p.read());
        free(p as *mut c_void);
    }
}
