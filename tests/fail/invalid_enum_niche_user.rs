// transmutes 5 into a user enum that stores its tag in a bool's niche.
// error-pattern: but expected a valid enum tag
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
    println!("{:?} {:?}", Slot::Empty, Slot::Full(true));
    let s: Slot = unsafe { std::mem::transmute(5u8) };
    println!("{:?} {}", s, s.is_on());
}
