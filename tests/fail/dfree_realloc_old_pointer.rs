// deallocates the old pointer after realloc already released it.
// error-pattern: has been freed
use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    let layout = Layout::new::<[u32; 2]>();
    unsafe {
        let p = alloc(layout);
        let q = realloc(p, layout, 32);
        dealloc(p, layout);
        dealloc(q, Layout::from_size_align(32, 4).unwrap());
    }
}
