// a ManuallyDrop<Box<_>> that is never dropped.
// error-pattern: memory leaked
use std::mem::ManuallyDrop;

fn main() {
    let m = ManuallyDrop::new(Box::new([1u16; 3]));
    println!("{:?}", **m);
}
