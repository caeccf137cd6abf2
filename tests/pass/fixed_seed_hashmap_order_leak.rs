// Fixed twin of tests/fail/seed_hashmap_order_leak.rs: skips the null marker instead of stopping
// at it, so every boxed value is freed whatever the map's order.
use std::collections::HashMap;
use std::ptr;

fn main() {
    let mut table: HashMap<&str, *mut u64> = HashMap::new();
    table.insert("config", Box::into_raw(Box::new(7u64)));
    table.insert("end", ptr::null_mut());
    let mut freed = 0;
    for (_, &p) in table.iter() {
        if p.is_null() {
            continue;
        }
        unsafe { drop(Box::from_raw(p)) };
        freed += 1;
    }
    println!("freed {freed}");
}
