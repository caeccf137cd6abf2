// reads a zero-sized `[u32; 0]` through a pointer that is not 4-aligned: a zero-sized access
// needs no allocation behind it, but it must still be aligned.
// error-pattern: but alignment 4 is required
fn main() {
    let words = [0u32; 2];
    let p = (words.as_ptr() as *const u8).wrapping_add(1) as *const [u32; 0];
    let v = unsafe { *p };
    println!("{}", v.len());
}
