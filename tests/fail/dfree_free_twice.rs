// calls the C library's free twice on the same malloc'd pointer.
// error-pattern: has been freed
use std::ffi::c_void;

extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

fn main() {
    unsafe {
        let p = malloc(8);
        free(p);
        free(p);
    }
    println!("done");
}
