// Fixed twin of tests/fail/intrinsic_unchecked_mul.rs: uses overflowing_mul.
fn main() {
    let a = std::hint::black_box(u64::MAX);
    println!("{:?}", a.overflowing_mul(2));
}
