// u8::unchecked_sub that underflows.
// error-pattern: arithmetic overflow in `unchecked_sub`
fn main() {
    let a = std::hint::black_box(0u8);
    let d = unsafe { a.unchecked_sub(1) };
    println!("{d}");
}
