// Fixed twin of tests/fail/dealloc_vec_wrong_capacity.rs: passes the real capacity.
use std::mem::ManuallyDrop;

fn main() {
    let mut v = ManuallyDrop::new(vec![1u32, 2, 3]);
    let cap = v.capacity();
    let w = unsafe { Vec::from_raw_parts(v.as_mut_ptr(), 3, cap) };
    println!("{:?}", w);
    drop(w);
}
