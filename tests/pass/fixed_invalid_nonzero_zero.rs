// Fixed twin of tests/fail/invalid_nonzero_zero.rs: uses NonZero::new.
use std::num::NonZero;

fn main() {
    let n = NonZero::new(0u32);
    let m = NonZero::new(4u32).unwrap();
    println!("{:?} {m}", n);
}
