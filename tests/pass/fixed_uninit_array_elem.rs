// Fixed twin of tests/fail/uninit_array_elem.rs: reads the element that was written.
use std::mem::MaybeUninit;

fn main() {
    let mut a = [MaybeUninit::<u32>::uninit(); 3];
    a[0].write(10);
    let p = a.as_ptr() as *const u32;
    let x = unsafe { *p };
    println!("{x}");
}
