// Prints where a heap and a stack value live, and a HashMap's iteration order: all of them come
// from -Zmiri-seed (base addresses, std's RandomState keys).
use std::collections::HashMap;

fn main() {
    let boxed = Box::new(7u64);
    let local = 5u32;
    let map: HashMap<u32, u32> = (0..16).map(|i| (i, i * i)).collect();
    let order: Vec<u32> = map.keys().copied().collect();
    println!("{:p} {:p} {:?}", &*boxed, &local, order);
}
