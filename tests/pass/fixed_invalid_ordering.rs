// Fixed twin of tests/fail/invalid_ordering.rs: transmutes -1 (Less).
use std::cmp::Ordering;

fn main() {
    let o: Ordering = unsafe { std::mem::transmute(-1i8) };
    println!("{:?} {:?}", o, 2i8.cmp(&1));
}
