// Fixed twin of tests/fail/intrinsic_assert_unchecked.rs: only asserts what was just checked.
fn main() {
    let n = std::hint::black_box(30u32);
    if n > 10 {
        unsafe { std::hint::assert_unchecked(n > 10) };
    }
    println!("{n}");
}
