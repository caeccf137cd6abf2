// Fixed twin of tests/fail/uninit_bool_read.rs: starts from an initialised MaybeUninit.
use std::mem::MaybeUninit;

fn main() {
    let m = MaybeUninit::new(true);
    let b = unsafe { *m.as_ptr() };
    if b {
        println!("yes");
    }
}
