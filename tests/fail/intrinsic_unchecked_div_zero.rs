// core::intrinsics::unchecked_div by zero.
// error-pattern: dividing by zero
#![feature(core_intrinsics)]
#![allow(internal_features)]

fn main() {
    let d = std::hint::black_box(0u32);
    let q = unsafe { core::intrinsics::unchecked_div(10u32, d) };
    println!("{q}");
}
