// merges the less aligned of two buffers into the better aligned one and frees it, then reads
// the result through the first buffer, as if it were always the better aligned one: which buffer
// is freed depends on the base addresses (the seed).
// error-pattern: has been freed
// miriflags: -Zmiri-seed=1
fn main() {
    let a = Box::into_raw(Box::new([1u8; 8]));
    let b = Box::into_raw(Box::new([2u8; 8]));
    let (keep, spare) = if (a as usize).trailing_zeros() >= (b as usize).trailing_zeros() { (a, b) } else { (b, a) };
    unsafe {
        for i in 0..8 {
            (*keep)[i] += (*spare)[i];
        }
        drop(Box::from_raw(spare));
        let mut sum = 0u32;
        for i in 0..8 {
            sum += (*a)[i] as u32;
        }
        drop(Box::from_raw(keep));
        println!("{sum}");
    }
}
