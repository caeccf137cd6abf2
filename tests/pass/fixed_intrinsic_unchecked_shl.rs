// Fixed twin of tests/fail/intrinsic_unchecked_shl.rs: uses checked_shl and wrapping_shl.
fn main() {
    let n = std::hint::black_box(40u32);
    println!("{:?} {}", 1u32.checked_shl(n), 1u32.wrapping_shl(n));
}
