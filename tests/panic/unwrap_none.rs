// Covers: Option::unwrap() on None panics with the standard message and the caller's location.
fn lookup(key: &str) -> Option<u32> {
    match key {
        "one" => Some(1),
        "two" => Some(2),
        _ => None,
    }
}

fn main() {
    println!("one = {}", lookup("one").unwrap());
    println!("two = {}", lookup("two").unwrap());
    let three = lookup("three").unwrap();
    println!("never printed {}", three);
}
