// core::intrinsics::cttz_nonzero of 0.
// error-pattern: `cttz_nonzero` called on 0
#![feature(core_intrinsics)]
#![allow(internal_features)]

fn main() {
    let x = std::hint::black_box(0u64);
    let n = unsafe { core::intrinsics::cttz_nonzero(x) };
    println!("{n}");
}
