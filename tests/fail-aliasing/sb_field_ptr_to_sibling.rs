// uses a pointer derived from &mut pair.a to write pair.b.
// error-pattern: but that tag does not exist in the borrow stack for this location
#[repr(C)]
struct Pair {
    a: i32,
    b: i32,
}

fn main() {
    let mut pair = Pair { a: 1, b: 2 };
    let p = &mut pair.a as *mut i32;
    let q = p.wrapping_add(1);
    unsafe { *q = 5 };
    println!("{} {}", pair.a, pair.b);
}
