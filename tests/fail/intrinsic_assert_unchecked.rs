// std::hint::assert_unchecked with a false condition.
// error-pattern: `assume` called with `false`
fn main() {
    let n = std::hint::black_box(3u32);
    unsafe { std::hint::assert_unchecked(n > 10) };
    println!("{n}");
}
