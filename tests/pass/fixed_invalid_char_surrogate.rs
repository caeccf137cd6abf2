// Fixed twin of tests/fail/invalid_char_surrogate.rs: uses the checked char::from_u32.
fn main() {
    let c = char::from_u32(0xD800);
    let d = char::from_u32(0x41).unwrap();
    println!("{:?} {d}", c);
}
