// Fixed twin of tests/fail/leak_manually_drop.rs: takes the Box out with into_inner and drops it.
use std::mem::ManuallyDrop;

fn main() {
    let m = ManuallyDrop::new(Box::new([1u16; 3]));
    println!("{:?}", **m);
    drop(ManuallyDrop::into_inner(m));
}
