// frees a HashMap's boxed values until it meets the null end marker, as if the map kept insertion
// order: under the seeds whose RandomState puts the marker first, the value leaks.
// error-pattern: memory leaked
// miriflags: -Zmiri-seed=2
use std::collections::HashMap;
use std::ptr;

fn main() {
    let mut table: HashMap<&str, *mut u64> = HashMap::new();
    table.insert("config", Box::into_raw(Box::new(7u64)));
    table.insert("end", ptr::null_mut());
    let mut freed = 0;
    for (_, &p) in table.iter() {
        if p.is_null() {
            break;
        }
        unsafe { drop(Box::from_raw(p)) };
        freed += 1;
    }
    println!("freed {freed}");
}
