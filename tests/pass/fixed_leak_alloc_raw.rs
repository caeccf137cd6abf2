// Fixed twin of tests/fail/leak_alloc_raw.rs: deallocates.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::from_size_align(24, 8).unwrap();
    let p = unsafe { alloc(layout) };
    println!("{}", p.is_null());
    unsafe { dealloc(p, layout) };
}
