// Fixed twin of tests/fail/oob_string_past_end.rs: reads the last byte.
fn main() {
    let s = String::from("abc");
    let p = s.as_ptr();
    let c = unsafe { *p.add(2) };
    println!("{}", c as char);
}
