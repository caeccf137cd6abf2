// Fixed twin of tests/fail/intrinsic_unchecked_add.rs: uses checked_add and wrapping_add.
fn main() {
    let a = std::hint::black_box(i32::MAX);
    println!("{:?} {}", a.checked_add(1), a.wrapping_add(1));
}
