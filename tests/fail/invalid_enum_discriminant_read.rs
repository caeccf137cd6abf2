// reads the discriminant of an enum whose memory holds an invalid tag.
// error-pattern: enum value has invalid tag
#[derive(Debug)]
enum Light {
    Red,
    Green,
}

fn main() {
    println!("{:?} {:?}", Light::Red, Light::Green);
    let byte = 3u8;
    let r: &Light = unsafe { &*(&byte as *const u8 as *const Light) };
    let d = std::mem::discriminant(r);
    println!("{:?}", d);
}
