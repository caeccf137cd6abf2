// f32::to_int_unchecked::<i32> of NaN.
// error-pattern: which cannot be represented in target type
fn main() {
    let x = std::hint::black_box(f32::NAN);
    let i: i32 = unsafe { x.to_int_unchecked() };
    println!("{i}");
}
