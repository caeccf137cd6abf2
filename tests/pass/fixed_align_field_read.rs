// Fixed twin of tests/fail/align_field_read.rs: uses a pointer at an element boundary.
#[repr(C)]
struct Pair {
    a: u32,
    b: u32,
}

fn main() {
    let buf = [9u32; 4];
    let p = buf.as_ptr() as *const Pair;
    let (a, b) = unsafe { ((*p).a, (*p).b) };
    println!("{a} {b}");
}
