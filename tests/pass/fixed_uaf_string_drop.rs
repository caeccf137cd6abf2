// Fixed twin of tests/fail/uaf_string_drop.rs: reads while the String is alive.
fn main() {
    let s = String::from("hello");
    let p = s.as_ptr();
    let c = unsafe { *p };
    drop(s);
    println!("{}", c as char);
}
