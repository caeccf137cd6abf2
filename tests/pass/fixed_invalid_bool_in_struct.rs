// Fixed twin of tests/fail/invalid_bool_in_struct.rs: the second byte is 1.
#[repr(C)]
struct Flags {
    id: u8,
    on: bool,
}

fn main() {
    let f: Flags = unsafe { std::mem::transmute([1u8, 1]) };
    println!("{} {}", f.id, f.on);
}
