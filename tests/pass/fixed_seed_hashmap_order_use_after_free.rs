// Fixed twin of tests/fail/seed_hashmap_order_use_after_free.rs: picks the node by its key (the
// smallest), not by the map's iteration order, so it is never the retired one.
use std::collections::HashMap;

fn main() {
    let mut nodes: HashMap<u32, *mut u32> = HashMap::new();
    for k in 0..4 {
        nodes.insert(k, Box::into_raw(Box::new(k * 10)));
    }
    let first_key = *nodes.keys().min().unwrap();
    let first = nodes[&first_key];
    let retired = nodes.remove(&2).unwrap();
    unsafe { drop(Box::from_raw(retired)) };
    let v = unsafe { *first };
    for (_, p) in nodes.drain() {
        unsafe { drop(Box::from_raw(p)) };
    }
    println!("{v}");
}
