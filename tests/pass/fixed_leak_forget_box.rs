// Fixed twin of tests/fail/leak_forget_box.rs: drops the Box.
fn main() {
    let b = Box::new(42u32);
    println!("{b}");
    drop(b);
}
