// Fixed twin of tests/fail/dealloc_box_with_free.rs: gives the memory back to a Box.
fn main() {
    let p = Box::into_raw(Box::new(7u32));
    let b = unsafe { Box::from_raw(p) };
    println!("{b}");
}
