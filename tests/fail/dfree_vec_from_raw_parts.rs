// rebuilds two Vecs from the same raw parts and drops both.
// error-pattern: has been freed
use std::mem::ManuallyDrop;

fn main() {
    let mut v = ManuallyDrop::new(vec![1u8, 2, 3]);
    let (p, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
    let a = unsafe { Vec::from_raw_parts(p, len, cap) };
    let b = unsafe { Vec::from_raw_parts(p, len, cap) };
    println!("{:?}", a);
    drop(a);
    drop(b);
}
