// Covers: explicit panic! with format arguments after some stdout output.
fn main() {
    let items = ["a", "b", "c"];
    for (i, it) in items.iter().enumerate() {
        println!("item {} = {}", i, it);
    }
    let code = 7;
    panic!("fatal error {}: {:?} ({:.2})", code, items, 3.14159);
}
