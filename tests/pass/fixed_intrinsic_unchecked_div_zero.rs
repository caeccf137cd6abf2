// Fixed twin of tests/fail/intrinsic_unchecked_div_zero.rs: uses checked_div.
fn main() {
    let d = std::hint::black_box(0u32);
    println!("{:?}", 10u32.checked_div(d));
}
