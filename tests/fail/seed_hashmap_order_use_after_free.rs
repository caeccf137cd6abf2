// keeps a pointer to the first value a HashMap yields, then frees the node with key 2 assuming it
// is never the first one: the iteration order comes from RandomState's keys, so from the seed.
// error-pattern: has been freed
// miriflags: -Zmiri-seed=2
use std::collections::HashMap;

fn main() {
    let mut nodes: HashMap<u32, *mut u32> = HashMap::new();
    for k in 0..4 {
        nodes.insert(k, Box::into_raw(Box::new(k * 10)));
    }
    let first = *nodes.values().next().unwrap();
    let retired = nodes.remove(&2).unwrap();
    unsafe { drop(Box::from_raw(retired)) };
    let v = unsafe { *first };
    for (_, p) in nodes.drain() {
        unsafe { drop(Box::from_raw(p)) };
    }
    println!("{v}");
}
