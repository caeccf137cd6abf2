// Fixed twin of tests/fail/null_ref_transmute.rs: transmutes into Option<&i32>, for which 0 is None.
fn main() {
    let r: Option<&i32> = unsafe { std::mem::transmute(0usize) };
    println!("{:?}", r);
}
