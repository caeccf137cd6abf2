// Fixed twin of tests/fail/seed_addr_align_merge_frees_kept.rs: reads the result through the
// buffer it kept, whichever of the two that is.
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
            sum += (*keep)[i] as u32;
        }
        drop(Box::from_raw(keep));
        println!("{sum}");
    }
}
