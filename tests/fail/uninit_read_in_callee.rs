// a helper function reads an uninitialised u64 through the pointer it is given.
// error-pattern: but memory is uninitialized at
use std::mem::MaybeUninit;

fn load(p: *const u64) -> u64 {
    unsafe { *p }
}

fn main() {
    let m = MaybeUninit::<u64>::uninit();
    let v = load(m.as_ptr());
    println!("{v}");
}
