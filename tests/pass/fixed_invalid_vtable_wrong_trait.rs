// Fixed twin of tests/fail/invalid_vtable_wrong_trait.rs: makes each trait object from the concrete value.
trait A {
    fn a(&self) -> u8;
}

trait B {
    fn b(&self) -> u8;
}

struct S;

impl A for S {
    fn a(&self) -> u8 {
        1
    }
}

impl B for S {
    fn b(&self) -> u8 {
        2
    }
}

fn main() {
    let s = S;
    let ra: &dyn A = &s;
    let rb: &dyn B = &s;
    println!("{} {}", ra.a(), rb.b());
}
