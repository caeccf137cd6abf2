// Fixed twin of tests/fail/align_struct_read.rs: uses read_unaligned.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
struct Pair {
    a: u32,
    b: u32,
}

fn main() {
    let buf = [0u32; 4];
    let p = (buf.as_ptr() as *const u8).wrapping_add(2) as *const Pair;
    let v = unsafe { p.read_unaligned() };
    println!("{:?} {}", v, v.a + v.b);
}
