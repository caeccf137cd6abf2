// Fixed twin of tests/fail/intrinsic_unchecked_sub.rs: uses saturating_sub and wrapping_sub.
fn main() {
    let a = std::hint::black_box(0u8);
    println!("{} {}", a.saturating_sub(1), a.wrapping_sub(1));
}
