// Fixed twin of tests/fail/uaf_string_realloc.rs: takes the pointer after the reallocation.
fn main() {
    let mut s = String::with_capacity(2);
    s.push_str("ab");
    s.push_str("cdef");
    let p = s.as_ptr();
    let c = unsafe { *p };
    println!("{} {s}", c as char);
}
