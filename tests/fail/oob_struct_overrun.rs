// reads a third u32 through a pointer to a struct of two u32s.
// error-pattern: is at or beyond the end of the allocation
#[repr(C)]
struct Pair {
    a: u32,
    b: u32,
}

fn main() {
    let pair = Pair { a: 1, b: 2 };
    let p = &pair as *const Pair as *const u32;
    let third = unsafe { *p.add(2) };
    println!("{} {} {third}", pair.a, pair.b);
}
