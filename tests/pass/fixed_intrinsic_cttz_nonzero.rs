// Fixed twin of tests/fail/intrinsic_cttz_nonzero.rs: uses trailing_zeros, which is defined for 0.
fn main() {
    let x = std::hint::black_box(0u64);
    println!("{}", x.trailing_zeros());
}
