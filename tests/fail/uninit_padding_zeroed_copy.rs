// a zeroed struct is copied (a typed copy resets its padding), then transmuted to bytes.
// error-pattern: encountered uninitialized memory, but expected an integer
#[repr(C)]
#[derive(Clone, Copy)]
struct S {
    a: u8,
    b: u32,
}

fn main() {
    let zeroed: S = unsafe { std::mem::zeroed() };
    let copy = zeroed;
    let bytes: [u8; 8] = unsafe { std::mem::transmute(copy) };
    println!("{:?} {}", bytes, zeroed.a);
}
