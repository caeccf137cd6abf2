// Fixed twin of tests/fail/uninit_copy_propagates.rs: copies from an initialised source.
use std::mem::MaybeUninit;

fn main() {
    let src = MaybeUninit::new(9u32);
    let mut dst = 5u32;
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), &mut dst, 1) };
    let v = dst;
    println!("{v}");
}
