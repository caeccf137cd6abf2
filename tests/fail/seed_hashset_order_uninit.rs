// initialises the slots a HashSet yields, except the last one (meant as a spare), then reads
// slot 2: the set's order comes from RandomState, so under some seeds slot 2 is uninitialised.
// error-pattern: but memory is uninitialized at
// miriflags: -Zmiri-seed=4
use std::collections::HashSet;
use std::mem::MaybeUninit;

fn main() {
    let mut slots = [MaybeUninit::<u32>::uninit(); 4];
    let wanted: HashSet<usize> = [0, 1, 2, 3].into_iter().collect();
    for (n, &i) in wanted.iter().enumerate() {
        if n < 3 {
            slots[i].write(i as u32 * 10);
        }
    }
    let v = unsafe { slots[2].as_ptr().read() };
    println!("{v}");
}
