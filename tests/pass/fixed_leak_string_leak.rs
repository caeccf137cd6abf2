// Fixed twin of tests/fail/leak_string_leak.rs: keeps the String owned.
fn main() {
    let mut s = String::from("abc");
    s.make_ascii_uppercase();
    println!("{s}");
}
