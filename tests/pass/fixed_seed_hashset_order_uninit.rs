// Fixed twin of tests/fail/seed_hashset_order_uninit.rs: keeps the largest index as the spare
// (by value, not by the set's order), so slot 2 is always initialised.
use std::collections::HashSet;
use std::mem::MaybeUninit;

fn main() {
    let mut slots = [MaybeUninit::<u32>::uninit(); 4];
    let wanted: HashSet<usize> = [0, 1, 2, 3].into_iter().collect();
    let spare = *wanted.iter().max().unwrap();
    for &i in wanted.iter() {
        if i != spare {
            slots[i].write(i as u32 * 10);
        }
    }
    let v = unsafe { slots[2].as_ptr().read() };
    println!("{v}");
}
