// reads a bool out of an uninitialised MaybeUninit<bool>.
// error-pattern: but memory is uninitialized at
use std::mem::MaybeUninit;

fn main() {
    let m = MaybeUninit::<bool>::uninit();
    let b = unsafe { *m.as_ptr() };
    if b {
        println!("yes");
    }
}
