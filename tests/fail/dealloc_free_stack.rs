// calls the C library's free on a stack variable.
// error-pattern: which is stack variable memory
use std::ffi::c_void;

extern "C" {
    fn free(p: *mut c_void);
}

fn main() {
    let mut x = 9u64;
    unsafe { free(&mut x as *mut u64 as *mut c_void) };
    println!("{x}");
}
