// reads the byte after the last one of a String's buffer.
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let s = String::from("abc");
    let p = s.as_ptr();
    let c = unsafe { *p.add(3) };
    println!("{c}");
}
