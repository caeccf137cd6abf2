// Fixed twin of tests/fail/dfree_free_twice.rs: frees once.
use std::ffi::c_void;

extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

fn main() {
    unsafe {
        let p = malloc(8) as *mut u64;
        assert!(!p.is_null());
        p.write(8);
        println!("{}", p.read());
        free(p as *mut c_void);
    }
}
