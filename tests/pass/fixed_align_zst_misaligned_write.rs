// twin of fail/align_zst_misaligned_write: the zero-sized copy goes through an 8-aligned pointer.
fn main() {
    let mut words = [0u64; 2];
    let p = words.as_mut_ptr() as *mut [u64; 0];
    let empty: [u64; 0] = [];
    unsafe { *p = empty };
    println!("{:?}", words);
}
