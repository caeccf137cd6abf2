// reaches std::hint::unreachable_unchecked.
// error-pattern: entering unreachable code
fn name(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        _ => unsafe { std::hint::unreachable_unchecked() },
    }
}

fn main() {
    println!("{}", name(std::hint::black_box(3)));
}
