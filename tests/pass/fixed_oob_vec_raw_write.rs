// Fixed twin of tests/fail/oob_vec_raw_write.rs: reserves room for the third element before writing it and then sets the length.
fn main() {
    let mut v: Vec<u16> = Vec::with_capacity(2);
    v.push(1);
    v.push(2);
    v.reserve(1);
    let p = v.as_mut_ptr();
    unsafe {
        *p.add(2) = 3;
        v.set_len(3);
    }
    println!("{:?}", v);
}
