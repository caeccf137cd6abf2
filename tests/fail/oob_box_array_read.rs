// reads the byte right after a boxed array through a raw pointer.
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let b = Box::new([7u8; 4]);
    let p = b.as_ptr();
    let last = unsafe { *p.add(4) };
    println!("{last}");
}
