// Fixed twin of tests/fail/intrinsic_ctlz_nonzero.rs: uses leading_zeros, which is defined for 0.
fn main() {
    let x = std::hint::black_box(0u32);
    println!("{}", x.leading_zeros());
}
