// reads a char out of an uninitialised MaybeUninit<char>.
// error-pattern: but memory is uninitialized at
use std::mem::MaybeUninit;

fn main() {
    let m = MaybeUninit::<char>::uninit();
    let c = unsafe { *m.as_ptr() };
    println!("{c}");
}
