// Fixed twin of tests/fail/intrinsic_unchecked_shr.rs: uses checked_shr and an in-range shift.
fn main() {
    let x = std::hint::black_box(-5i64);
    println!("{:?} {}", x.checked_shr(64), x >> 63);
}
