// reads a u32 straight out of a byte array: the array (alignment 1) is 4-aligned only by chance,
// so whether the read is misaligned depends on its base address, i.e. on -Zmiri-seed.
// error-pattern: but alignment 4 is required
// miriflags: -Zmiri-seed=3
fn main() {
    let buf = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let p = buf.as_ptr() as *const u32;
    let v = unsafe { *p };
    println!("{v:#x}");
}
