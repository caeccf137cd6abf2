// Reads a u32 straight out of a byte array: misaligned (UB) unless the array happens to be
// 4-aligned, which depends on its base address, i.e. on the seed. For --many-seeds.
fn main() {
    let buf = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let p = buf.as_ptr() as *const u32;
    let v = unsafe { *p };
    println!("{v:#x}");
}
