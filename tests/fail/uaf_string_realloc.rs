// reads through a String's old buffer after push_str reallocated it.
// error-pattern: has been freed
fn main() {
    let mut s = String::with_capacity(2);
    s.push_str("ab");
    let p = s.as_ptr();
    s.push_str("cdef");
    let c = unsafe { *p };
    println!("{c} {s}");
}
