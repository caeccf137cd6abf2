// reads element 1 of an array of MaybeUninit<u32> where only element 0 is written.
// error-pattern: but memory is uninitialized at
use std::mem::MaybeUninit;

fn main() {
    let mut a = [MaybeUninit::<u32>::uninit(); 3];
    a[0].write(10);
    let p = a.as_ptr() as *const u32;
    let x = unsafe { *p.add(1) };
    println!("{x}");
}
