// Fixed twin of tests/fail/invalid_bool_in_array.rs: converts each byte with a comparison.
fn main() {
    let a: [bool; 3] = [1u8, 0, 2].map(|b| b != 0);
    println!("{:?}", a);
}
