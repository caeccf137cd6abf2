// Fixed twin of tests/fail/oob_struct_overrun.rs: reads the second field through the repr(C) struct pointer.
#[repr(C)]
struct Pair {
    a: u32,
    b: u32,
}

fn main() {
    let pair = Pair { a: 1, b: 2 };
    let p = &pair as *const Pair as *const u32;
    let second = unsafe { *p.add(1) };
    println!("{} {} {second}", pair.a, pair.b);
}
