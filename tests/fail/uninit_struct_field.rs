// initialises one field of a MaybeUninit struct and reads the other.
// error-pattern: but memory is uninitialized at
use std::mem::MaybeUninit;
use std::ptr::{addr_of, addr_of_mut};

#[repr(C)]
struct Pair {
    a: u32,
    b: u32,
}

fn main() {
    let mut m = MaybeUninit::<Pair>::uninit();
    let p = m.as_mut_ptr();
    unsafe { addr_of_mut!((*p).a).write(1) };
    let b = unsafe { addr_of!((*p).b).read() };
    println!("{b}");
}
