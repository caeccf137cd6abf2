// twin of fail/invalid_vtable_wrong_generic: each trait object is made from the value itself.
trait Get<T> {
    fn get(&self) -> T;
}

struct S;

impl Get<u8> for S {
    fn get(&self) -> u8 {
        1
    }
}

impl Get<u16> for S {
    fn get(&self) -> u16 {
        2
    }
}

fn main() {
    let s = S;
    let a: &dyn Get<u8> = &s;
    let b: &dyn Get<u16> = &s;
    println!("{} {}", a.get(), b.get());
}
