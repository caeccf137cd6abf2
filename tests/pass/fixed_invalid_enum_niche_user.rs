// Fixed twin of tests/fail/invalid_enum_niche_user.rs: builds the enum value with its constructors.
#[derive(Debug)]
enum Slot {
    Empty,
    Full(bool),
}

impl Slot {
    fn is_on(&self) -> bool {
        match self {
            Slot::Empty => false,
            Slot::Full(b) => *b,
        }
    }
}

fn main() {
    let s: Slot = if std::hint::black_box(5u8) > 1 { Slot::Empty } else { Slot::Full(false) };
    println!("{:?} {:?} {}", s, Slot::Full(true), Slot::Full(true).is_on());
}
