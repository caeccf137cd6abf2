// Fixed twin of tests/fail/uninit_maybeuninit_read.rs: writes the value before reading it.
use std::mem::MaybeUninit;

fn main() {
    let mut m = MaybeUninit::<u32>::uninit();
    m.write(11);
    let v = unsafe { m.as_ptr().read() };
    println!("{v}");
}
