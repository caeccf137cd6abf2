// report: -Zmiri-track-alloc-id notes where the tracked allocation is made (`alloc`) and freed
// (`dealloc`), then the report of the read after the free with both allocation notes.
// error-pattern: has been freed, so this pointer is dangling
// miriflags: -Zmiri-track-alloc-id=233
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::new::<u32>();
    unsafe {
        let p = alloc(layout) as *mut u32;
        p.write(5);
        dealloc(p as *mut u8, layout);
        println!("{}", p.read());
    }
}
