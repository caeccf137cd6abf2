// Fixed twin of tests/fail/leak_string_forget.rs: lets the String drop.
fn main() {
    let s = String::from("leaky");
    println!("{s}");
}
