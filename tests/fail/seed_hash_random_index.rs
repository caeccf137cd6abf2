// hashes a key with std's randomly keyed hasher and reduces it `% 8` to index a 6-element
// buffer: the hash (seeded system entropy) decides whether the read is out of bounds.
// error-pattern: in-bounds pointer arithmetic failed
// miriflags: -Zmiri-seed=0
use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;

fn main() {
    let slots = vec![1u16, 2, 3, 4, 5, 6];
    let i = (RandomState::new().hash_one(42u32) % 8) as usize;
    let v = unsafe { *slots.as_ptr().add(i) };
    println!("{v}");
}
