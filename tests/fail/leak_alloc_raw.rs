// std::alloc::alloc without dealloc.
// error-pattern: memory leaked
use std::alloc::{alloc, Layout};

fn main() {
    let layout = Layout::from_size_align(24, 8).unwrap();
    let p = unsafe { alloc(layout) };
    println!("{}", p.is_null());
}
