// reads from memory after std::alloc::dealloc.
// error-pattern: has been freed
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::new::<u32>();
    unsafe {
        let p = alloc(layout) as *mut u32;
        p.write(9);
        dealloc(p as *mut u8, layout);
        let v = *p;
        println!("{v}");
    }
}
