// Covers: panic with a String payload built at runtime via std::panic::panic_any(String) and stderr ordering after eprintln.
fn main() {
    eprintln!("warning: starting risky work");
    println!("working...");
    let msg = format!("computed failure #{}", 6 * 7);
    std::panic::panic_any(msg);
}
