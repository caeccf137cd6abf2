// copies a struct of two u32s out of a 2-aligned address.
// error-pattern: but alignment 4 is required
#[derive(Clone, Copy, Debug)]
#[repr(C)]
struct Pair {
    a: u32,
    b: u32,
}

fn main() {
    let buf = [0u32; 4];
    let p = (buf.as_ptr() as *const u8).wrapping_add(2) as *const Pair;
    let v = unsafe { *p };
    println!("{:?}", v);
}
