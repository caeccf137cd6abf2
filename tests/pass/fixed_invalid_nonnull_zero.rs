// Fixed twin of tests/fail/invalid_nonnull_zero.rs: uses NonNull::new, which returns None for null.
use std::ptr::NonNull;

fn main() {
    let n: Option<NonNull<u8>> = NonNull::new(std::ptr::null_mut());
    println!("{}", n.is_none());
}
