// transmutes 0 into a NonNull.
// error-pattern: but expected something greater or equal to 1
use std::ptr::NonNull;

#[allow(invalid_value)]
fn main() {
    let n: NonNull<u8> = unsafe { std::mem::transmute(0usize) };
    println!("{}", n.addr());
}
