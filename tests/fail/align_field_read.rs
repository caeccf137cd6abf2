// reads one field through a misaligned pointer to a struct.
// error-pattern: but alignment 4 is required
#[repr(C)]
struct Pair {
    a: u32,
    b: u32,
}

fn main() {
    let buf = [9u32; 4];
    let p = (buf.as_ptr() as *const u8).wrapping_add(2) as *const Pair;
    let b = unsafe { (*p).b };
    println!("{b}");
}
