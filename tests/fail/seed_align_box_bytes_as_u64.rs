// writes a u64 into a boxed byte array, relying on the heap to hand out 8-aligned blocks; a
// `Box<[u8; 16]>` only needs alignment 1, so under some seeds the write is misaligned.
// error-pattern: but alignment 8 is required
// miriflags: -Zmiri-seed=2
fn main() {
    let mut b = Box::new([0u8; 16]);
    let p = b.as_mut_ptr() as *mut u64;
    unsafe { *p = 0x0102_0304_0506_0708 };
    println!("{:?}", &b[..8]);
}
