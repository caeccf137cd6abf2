// core::intrinsics::unchecked_rem of i32::MIN by -1.
// error-pattern: overflow in signed remainder
#![feature(core_intrinsics)]
#![allow(internal_features)]

fn main() {
    let d = std::hint::black_box(-1i32);
    let r = unsafe { core::intrinsics::unchecked_rem(i32::MIN, d) };
    println!("{r}");
}
