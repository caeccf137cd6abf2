// Fixed twin of tests/fail/invalid_enum_ptr_read.rs: the byte holds 1, the tag of Green.
#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Green,
}

fn main() {
    println!("{:?} {:?}", Light::Red, Light::Green);
    let byte = 1u8;
    let l = unsafe { *(&byte as *const u8 as *const Light) };
    println!("{:?}", l);
}
