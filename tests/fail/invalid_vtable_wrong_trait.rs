// transmutes a &dyn A into a &dyn B (vtable of the wrong trait).
// error-pattern: wrong trait in wide pointer vtable
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
    let rb: &dyn B = unsafe { std::mem::transmute(ra) };
    println!("{} {}", ra.a(), rb.b());
}
