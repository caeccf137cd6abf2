// ptr::add on a pointer into a freed Box.
// error-pattern: has been freed
fn main() {
    let b = Box::new([1u16; 4]);
    let p = b.as_ptr();
    drop(b);
    let q = unsafe { p.add(1) };
    println!("{}", q == p);
}
