// u64::unchecked_mul that overflows.
// error-pattern: arithmetic overflow in `unchecked_mul`
fn main() {
    let a = std::hint::black_box(u64::MAX);
    let m = unsafe { a.unchecked_mul(2) };
    println!("{m}");
}
