// Fixed twin of tests/fail/uninit_padding_byte_read.rs: reads the first byte of field b instead of padding.
#[repr(C)]
struct S {
    a: u8,
    b: u32,
}

fn main() {
    let s = S { a: 1, b: 2 };
    let p = &s as *const S as *const u8;
    let byte = unsafe { *p.add(4) };
    println!("{} {} {}", s.a, s.b, byte == 2 || byte == 0);
}
