// Fixed twin of tests/fail/report_track_alloc_id.rs: reads the value before deallocating.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::new::<u32>();
    unsafe {
        let p = alloc(layout) as *mut u32;
        p.write(5);
        println!("{}", p.read());
        dealloc(p as *mut u8, layout);
    }
}
