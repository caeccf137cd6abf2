// Fixed twin of tests/fail/offset_freed.rs: does the arithmetic while the Box is alive.
fn main() {
    let b = Box::new([1u16; 4]);
    let p = b.as_ptr();
    let q = unsafe { p.add(1) };
    println!("{}", q == p);
    drop(b);
}
