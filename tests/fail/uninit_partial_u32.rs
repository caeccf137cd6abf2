// writes two bytes of a MaybeUninit<u32> and reads all four.
// error-pattern: but memory is uninitialized at
use std::mem::MaybeUninit;

fn main() {
    let mut m = MaybeUninit::<u32>::uninit();
    let p = m.as_mut_ptr();
    unsafe { (p as *mut u16).write(7) };
    let v = unsafe { p.read() };
    println!("{v}");
}
