// forgets a String.
// error-pattern: memory leaked
fn main() {
    let s = String::from("leaky");
    println!("{s}");
    std::mem::forget(s);
}
