// core::intrinsics::exact_div with a remainder.
// error-pattern: cannot be divided by
#![feature(core_intrinsics)]
#![allow(internal_features)]

fn main() {
    let a = std::hint::black_box(7i32);
    let q = unsafe { core::intrinsics::exact_div(a, 2) };
    println!("{q}");
}
