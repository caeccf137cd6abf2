// Fixed twin of tests/fail/sb_field_ptr_to_sibling.rs: derives the pointer from a reference to the whole struct.
#[repr(C)]
struct Pair {
    a: i32,
    b: i32,
}

fn main() {
    let mut pair = Pair { a: 1, b: 2 };
    let p = &mut pair as *mut Pair as *mut i32;
    let q = p.wrapping_add(1);
    unsafe { *q = 5 };
    println!("{} {}", pair.a, pair.b);
}
