// String::leak into a local that goes out of scope.
// error-pattern: memory leaked
fn main() {
    let s: &'static mut str = String::from("abc").leak();
    s.make_ascii_uppercase();
    println!("{s}");
}
