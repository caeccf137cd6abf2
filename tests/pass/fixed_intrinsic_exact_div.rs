// Fixed twin of tests/fail/intrinsic_exact_div.rs: uses ordinary division and remainder.
fn main() {
    let a = std::hint::black_box(7i32);
    let (q, r) = (a / 2, a % 2);
    println!("{q} rem {r}");
}
