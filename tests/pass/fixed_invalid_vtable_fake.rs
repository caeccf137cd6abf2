// Fixed twin of tests/fail/invalid_vtable_fake.rs: lets the compiler build the trait object.
trait Speak {
    fn speak(&self) -> u32;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> u32 {
        1
    }
}

fn main() {
    let d = Dog;
    let obj: &dyn Speak = &d;
    println!("{}", obj.speak());
}
