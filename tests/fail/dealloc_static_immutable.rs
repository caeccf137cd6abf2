// deallocates an immutable static with std::alloc::dealloc.
// error-pattern: deallocating immutable allocation
use std::alloc::{dealloc, Layout};

static TABLE: [u8; 4] = [1, 2, 3, 4];

fn main() {
    let first = TABLE[0];
    unsafe { dealloc(TABLE.as_ptr() as *mut u8, Layout::new::<[u8; 4]>()) };
    println!("{first}");
}
