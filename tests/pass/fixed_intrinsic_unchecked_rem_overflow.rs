// Fixed twin of tests/fail/intrinsic_unchecked_rem_overflow.rs: uses checked_rem and wrapping_rem.
fn main() {
    let d = std::hint::black_box(-1i32);
    println!("{:?} {}", i32::MIN.checked_rem(d), i32::MIN.wrapping_rem(d));
}
