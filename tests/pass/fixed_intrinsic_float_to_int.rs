// Fixed twin of tests/fail/intrinsic_float_to_int.rs: uses an `as` cast, which saturates.
fn main() {
    let x = std::hint::black_box(300.0f64);
    let b = x as u8;
    println!("{b}");
}
