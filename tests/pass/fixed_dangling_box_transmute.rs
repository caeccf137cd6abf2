// Fixed twin of tests/fail/dangling_box_transmute.rs: turns the live pointer back into its Box exactly once.
fn main() {
    let p = Box::into_raw(Box::new(8u8));
    let b: Box<u8> = unsafe { Box::from_raw(p) };
    println!("{b}");
}
