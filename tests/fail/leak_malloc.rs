// malloc without free.
// error-pattern: memory leaked
use std::ffi::c_void;

extern "C" {
    fn malloc(size: usize) -> *mut c_void;
}

fn main() {
    let p = unsafe { malloc(32) };
    println!("{}", p.is_null());
}
