// Fixed twin of tests/fail/uninit_padding_transmute.rs: makes the padding an explicit, initialised field.
#[repr(C)]
struct S {
    a: u8,
    pad: [u8; 3],
    b: u32,
}

fn main() {
    let s = S { a: 1, pad: [0; 3], b: 2 };
    let bytes: [u8; 8] = unsafe { std::mem::transmute(s) };
    println!("{} {:?} {}", bytes[0], &bytes[1..4], u32::from_ne_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]));
}
