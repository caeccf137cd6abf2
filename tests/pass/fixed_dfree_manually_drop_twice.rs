// Fixed twin of tests/fail/dfree_manually_drop_twice.rs: drops it once.
use std::mem::ManuallyDrop;

fn main() {
    let mut s = ManuallyDrop::new(String::from("once"));
    println!("{}", *s);
    unsafe { ManuallyDrop::drop(&mut s) };
    println!("dropped");
}
