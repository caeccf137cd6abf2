// Fixed twin of tests/fail/seed_hash_random_index.rs: reduces the random hash modulo the buffer's
// length, so the index is always in bounds.
use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;

fn main() {
    let slots = vec![1u16, 2, 3, 4, 5, 6];
    let i = (RandomState::new().hash_one(42u32) % slots.len() as u64) as usize;
    let v = unsafe { *slots.as_ptr().add(i) };
    println!("the slot holds its number: {}", v as usize == i + 1);
}
