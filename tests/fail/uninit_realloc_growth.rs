// reads the part of a grown allocation that realloc left uninitialised.
// error-pattern: but memory is uninitialized at
use std::alloc::{alloc, realloc, Layout};

fn main() {
    let layout = Layout::new::<u32>();
    unsafe {
        let p = alloc(layout) as *mut u32;
        p.write(1);
        let q = realloc(p as *mut u8, layout, 8) as *mut u32;
        let second = *q.add(1);
        println!("{second}");
    }
}
