// Fixed twin of tests/fail/invalid_enum_discriminant_read.rs: the byte holds a valid tag.
#[derive(Debug)]
enum Light {
    Red,
    Green,
}

fn main() {
    println!("{:?}", Light::Red);
    let byte = 1u8;
    let r: &Light = unsafe { &*(&byte as *const u8 as *const Light) };
    let d = std::mem::discriminant(r);
    println!("{}", d == std::mem::discriminant(&Light::Green));
}
