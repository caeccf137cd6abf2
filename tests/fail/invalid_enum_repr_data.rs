// transmutes bytes with tag 7 into a repr(u8) enum with data.
// error-pattern: but expected a valid enum tag
#[derive(Debug)]
#[repr(u8)]
enum Shape {
    Circle(u8) = 0,
    Square(u8) = 1,
}

impl Shape {
    fn size(&self) -> u8 {
        match self {
            Shape::Circle(r) => *r,
            Shape::Square(s) => *s,
        }
    }
}

fn main() {
    println!("{:?} {:?}", Shape::Circle(1), Shape::Square(2));
    let s: Shape = unsafe { std::mem::transmute([7u8, 1]) };
    println!("{:?} {}", s, s.size());
}
