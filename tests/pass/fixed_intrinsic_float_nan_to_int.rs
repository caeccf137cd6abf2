// Fixed twin of tests/fail/intrinsic_float_nan_to_int.rs: uses an `as` cast (NaN becomes 0).
fn main() {
    let x = std::hint::black_box(f32::NAN);
    let i = x as i32;
    println!("{i}");
}
