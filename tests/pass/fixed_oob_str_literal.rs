// Fixed twin of tests/fail/oob_str_literal.rs: reads the last byte of the literal.
fn main() {
    let s: &str = "hey";
    let p = s.as_ptr();
    let b = unsafe { *p.add(s.len() - 1) };
    println!("{}", b as char);
}
