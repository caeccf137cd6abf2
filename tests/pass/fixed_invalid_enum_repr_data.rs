// Fixed twin of tests/fail/invalid_enum_repr_data.rs: uses tag 1, a declared discriminant (the layout of a primitive-repr enum with fields is specified).
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
    let s: Shape = unsafe { std::mem::transmute([1u8, 9]) };
    println!("{:?} {}", s, s.size());
}
