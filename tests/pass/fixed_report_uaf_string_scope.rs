// Fixed twin of tests/fail/report_uaf_string_scope.rs: reads the byte while the String lives.
fn main() {
    let c: u8;
    {
        let s = String::from("mirage");
        let p = s.as_ptr();
        c = unsafe { *p };
    }
    println!("{}", c as char);
}
