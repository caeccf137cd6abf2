// transmutes a struct with padding bytes into a byte array.
// error-pattern: encountered uninitialized memory, but expected an integer
#[repr(C)]
struct S {
    a: u8,
    b: u32,
}

fn main() {
    let s = S { a: 1, b: 2 };
    let bytes: [u8; 8] = unsafe { std::mem::transmute(s) };
    println!("{:?}", bytes);
}
