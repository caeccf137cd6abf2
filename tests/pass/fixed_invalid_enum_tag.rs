// Fixed twin of tests/fail/invalid_enum_tag.rs: converts with a checked match.
#[derive(Debug)]
enum Light {
    Red,
    Green,
}

fn from_byte(b: u8) -> Option<Light> {
    match b {
        0 => Some(Light::Red),
        1 => Some(Light::Green),
        _ => None,
    }
}

fn main() {
    println!("{:?} {:?}", from_byte(3), from_byte(1));
}
