// Fixed twin of tests/fail/report_uaf_helper_free.rs: the helper borrows the Box instead of taking it.
fn inspect(b: &[u8; 4]) -> u8 {
    b[3]
}

fn main() {
    let b = Box::new([1u8, 2, 3, 4]);
    let p = b.as_ptr();
    let last = inspect(&b);
    let first = unsafe { *p };
    println!("{first} {last}");
}
