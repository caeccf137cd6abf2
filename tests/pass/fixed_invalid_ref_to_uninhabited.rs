// Fixed twin of tests/fail/invalid_ref_to_uninhabited.rs: never creates a reference to Void.
enum Void {}

fn main() {
    let x = 0u8;
    let r: Option<&Void> = None;
    println!("{x} {}", r.is_none());
}
