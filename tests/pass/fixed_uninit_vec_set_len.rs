// Fixed twin of tests/fail/uninit_vec_set_len.rs: initialises the spare capacity before set_len.
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(4);
    v.push(1);
    let spare = v.spare_capacity_mut();
    spare[0].write(2);
    spare[1].write(3);
    unsafe { v.set_len(3) };
    let x = v[2];
    println!("{x}");
}
