// Fixed twin of tests/fail/uninit_vec_capacity.rs: fills the Vec before reading.
fn main() {
    let mut v: Vec<u8> = Vec::with_capacity(10);
    v.resize(10, 0);
    let b = unsafe { *v.as_ptr().add(5) };
    println!("{b} {}", v.len());
}
