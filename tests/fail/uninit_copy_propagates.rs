// copies uninitialised bytes over an initialised u32 and then reads it.
// error-pattern: but memory is uninitialized at
use std::mem::MaybeUninit;

fn main() {
    let src = MaybeUninit::<u32>::uninit();
    let mut dst = 5u32;
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), &mut dst, 1) };
    let v = dst;
    println!("{v}");
}
