// reads the byte after a string literal.
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let s: &str = "hey";
    let p = s.as_ptr();
    let b = unsafe { *p.add(3) };
    println!("{b}");
}
