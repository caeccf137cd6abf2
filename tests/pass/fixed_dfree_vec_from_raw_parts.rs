// Fixed twin of tests/fail/dfree_vec_from_raw_parts.rs: rebuilds one Vec and clones it for the second owner.
use std::mem::ManuallyDrop;

fn main() {
    let mut v = ManuallyDrop::new(vec![1u8, 2, 3]);
    let (p, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
    let a = unsafe { Vec::from_raw_parts(p, len, cap) };
    let b = a.clone();
    println!("{:?} {:?}", a, b);
    drop(a);
    drop(b);
}
