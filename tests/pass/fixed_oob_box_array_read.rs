// Fixed twin of tests/fail/oob_box_array_read.rs: reads index 3 of a 4-byte boxed array.
fn main() {
    let b = Box::new([7u8, 8, 9, 10]);
    let p = b.as_ptr();
    let last = unsafe { *p.add(3) };
    println!("last = {last}");
}
