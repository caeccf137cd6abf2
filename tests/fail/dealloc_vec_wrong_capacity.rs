// Vec::from_raw_parts with a larger capacity than the allocation, then drops the Vec.
// error-pattern: incorrect layout on deallocation
use std::mem::ManuallyDrop;

fn main() {
    let mut v = ManuallyDrop::new(vec![1u32, 2, 3]);
    let w = unsafe { Vec::from_raw_parts(v.as_mut_ptr(), 3, 4) };
    println!("{:?}", w);
    drop(w);
}
