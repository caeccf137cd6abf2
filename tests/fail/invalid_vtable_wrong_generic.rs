// transmutes a `&dyn Get<u8>` into a `&dyn Get<u16>`: same trait, other generic argument.
// error-pattern: wrong trait in wide pointer vtable
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
    let b: &dyn Get<u16> = unsafe { std::mem::transmute(a) };
    println!("{}", b.get());
}
