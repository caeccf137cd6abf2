// core::intrinsics::ctlz_nonzero of 0.
// error-pattern: `ctlz_nonzero` called on 0
#![feature(core_intrinsics)]
#![allow(internal_features)]

fn main() {
    let x = std::hint::black_box(0u32);
    let n = unsafe { core::intrinsics::ctlz_nonzero(x) };
    println!("{n}");
}
