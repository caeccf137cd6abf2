// Fixed twin of tests/fail/invalid_slice_meta_transmute.rs: uses slice::from_raw_parts with the real length.
fn main() {
    let v = [1u8, 2, 3];
    let s: &[u8] = unsafe { std::slice::from_raw_parts(v.as_ptr(), v.len()) };
    println!("{:?}", s);
}
