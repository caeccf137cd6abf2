// Fixed twin of tests/fail/invalid_slice_past_end.rs: uses the real length.
fn main() {
    let v = vec![1u8, 2, 3, 4];
    let s: &[u8] = unsafe { std::slice::from_raw_parts(v.as_ptr(), v.len()) };
    println!("{:?}", s);
}
