// slice::from_raw_parts with a length one larger than the Vec.
// error-pattern: pointer must be dereferenceable for 5 bytes
fn main() {
    let v = vec![1u8, 2, 3, 4];
    let s: &[u8] = unsafe { std::slice::from_raw_parts(v.as_ptr(), 5) };
    println!("{:?}", s);
}
