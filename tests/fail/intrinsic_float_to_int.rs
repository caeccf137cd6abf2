// f64::to_int_unchecked::<u8> of 300.
// error-pattern: which cannot be represented in target type
fn main() {
    let x = std::hint::black_box(300.0f64);
    let b: u8 = unsafe { x.to_int_unchecked() };
    println!("{b}");
}
