// transmutes 2 into std::cmp::Ordering (valid: -1, 0, 1).
// error-pattern: but expected a valid enum tag
use std::cmp::Ordering;

fn main() {
    let o: Ordering = unsafe { std::mem::transmute(2i8) };
    println!("{:?}", o);
}
