// reads a padding byte of a struct through a byte pointer.
// error-pattern: but memory is uninitialized at
#[repr(C)]
struct S {
    a: u8,
    b: u32,
}

fn main() {
    let s = S { a: 1, b: 2 };
    let p = &s as *const S as *const u8;
    let byte = unsafe { *p.add(1) };
    println!("{} {} {byte}", s.a, s.b);
}
