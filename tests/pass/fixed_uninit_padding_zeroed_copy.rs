// twin of fail/uninit_padding_zeroed_copy: the padding is an explicit field, so it is data and
// survives the copy.
#[repr(C)]
#[derive(Clone, Copy)]
struct S {
    a: u8,
    pad: [u8; 3],
    b: u32,
}

fn main() {
    let zeroed: S = unsafe { std::mem::zeroed() };
    let copy = zeroed;
    let bytes: [u8; 8] = unsafe { std::mem::transmute(copy) };
    println!("{:?} {} {:?}", bytes, zeroed.a, zeroed.pad);
}
