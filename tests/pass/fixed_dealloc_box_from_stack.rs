// Fixed twin of tests/fail/dealloc_box_from_stack.rs: boxes a copy of the value.
fn main() {
    let x = 9u64;
    let b = Box::new(x);
    println!("{b}");
    drop(b);
}
