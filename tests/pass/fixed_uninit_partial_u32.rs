// Fixed twin of tests/fail/uninit_partial_u32.rs: writes both halves before reading.
use std::mem::MaybeUninit;

fn main() {
    let mut m = MaybeUninit::<u32>::uninit();
    let p = m.as_mut_ptr();
    unsafe {
        (p as *mut u16).write(7);
        (p as *mut u16).add(1).write(0);
    }
    let v = unsafe { p.read() };
    println!("{}", v == 7 || v == 7 << 16);
}
