// Fixed twin of tests/fail/report_uaf_vec_push.rs: takes the pointer after the last push.
fn main() {
    let mut v: Vec<u16> = Vec::with_capacity(2);
    v.push(1);
    v.push(2);
    v.push(3);
    let first = v.as_ptr();
    let x = unsafe { first.read() };
    println!("{x} {}", v.len());
}
