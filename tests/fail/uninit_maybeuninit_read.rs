// reads a u32 out of MaybeUninit::uninit() through its pointer.
// error-pattern: but memory is uninitialized at
use std::mem::MaybeUninit;

fn main() {
    let m = MaybeUninit::<u32>::uninit();
    let v = unsafe { m.as_ptr().read() };
    println!("{v}");
}
