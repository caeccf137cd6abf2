// reads a String's first byte after the String was dropped.
// error-pattern: has been freed
fn main() {
    let s = String::from("hello");
    let p = s.as_ptr();
    drop(s);
    let c = unsafe { *p };
    println!("{c}");
}
