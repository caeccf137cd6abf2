// Fixed twin of tests/fail/invalid_char_too_big.rs: uses char::from_u32 with a fallback.
fn main() {
    let c = char::from_u32(0x110000).unwrap_or(char::REPLACEMENT_CHARACTER);
    println!("{}", c as u32);
}
