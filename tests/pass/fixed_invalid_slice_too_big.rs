// Fixed twin of tests/fail/invalid_slice_too_big.rs: uses the Vec's real length.
fn main() {
    let v = vec![1u16, 2, 3];
    let s: &[u16] = unsafe { &*std::ptr::slice_from_raw_parts(v.as_ptr(), v.len()) };
    println!("{:?}", s);
}
