// frees Box memory with the C library's free.
// error-pattern: using C heap deallocation operation
use std::ffi::c_void;

extern "C" {
    fn free(p: *mut c_void);
}

fn main() {
    let p = Box::into_raw(Box::new(7u32));
    unsafe { free(p as *mut c_void) };
    println!("done");
}
