// i64::unchecked_shr by 64.
// error-pattern: overflowing shift by 64 in `unchecked_shr`
fn main() {
    let x = std::hint::black_box(-5i64);
    let v = unsafe { x.unchecked_shr(64) };
    println!("{v}");
}
