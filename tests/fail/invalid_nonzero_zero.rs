// transmutes 0 into a NonZero<u32>.
// error-pattern: but expected something greater or equal to 1
use std::num::NonZero;

#[allow(invalid_value)]
fn main() {
    let n: NonZero<u32> = unsafe { std::mem::transmute(0u32) };
    println!("{n}");
}
