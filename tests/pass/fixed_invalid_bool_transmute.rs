// Fixed twin of tests/fail/invalid_bool_transmute.rs: converts the byte with a comparison.
fn main() {
    let byte = 2u8;
    let b: bool = byte != 0;
    println!("{b}");
}
