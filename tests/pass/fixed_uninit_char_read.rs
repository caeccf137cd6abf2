// Fixed twin of tests/fail/uninit_char_read.rs: starts from an initialised MaybeUninit.
use std::mem::MaybeUninit;

fn main() {
    let m = MaybeUninit::new('z');
    let c = unsafe { *m.as_ptr() };
    println!("{c}");
}
