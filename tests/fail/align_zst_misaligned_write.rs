// copies a zero-sized `[u64; 0]` through a pointer that is only 2-aligned.
// error-pattern: but alignment 8 is required
fn main() {
    let mut words = [0u32; 4];
    let p = (words.as_mut_ptr() as *mut u8).wrapping_add(2) as *mut [u64; 0];
    let empty: [u64; 0] = [];
    unsafe { *p = empty };
    println!("{:?}", words);
}
