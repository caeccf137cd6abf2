// i32::unchecked_add that overflows.
// error-pattern: arithmetic overflow in `unchecked_add`
fn main() {
    let a = std::hint::black_box(i32::MAX);
    let s = unsafe { a.unchecked_add(1) };
    println!("{s}");
}
