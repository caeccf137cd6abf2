// u32::unchecked_shl by 40.
// error-pattern: overflowing shift by 40 in `unchecked_shl`
fn main() {
    let n = std::hint::black_box(40u32);
    let v = unsafe { 1u32.unchecked_shl(n) };
    println!("{v}");
}
