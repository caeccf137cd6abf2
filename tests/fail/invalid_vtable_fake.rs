// builds a &dyn Trait whose vtable pointer points to ordinary data.
// error-pattern: but expected a vtable pointer
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
    let fake = [0usize; 4];
    let data = &d as *const Dog as *const ();
    let obj: &dyn Speak = unsafe { std::mem::transmute((data, fake.as_ptr())) };
    println!("{}", obj.speak());
}
