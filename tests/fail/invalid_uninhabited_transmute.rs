// transmutes () into an empty enum.
// error-pattern: encountered a value of uninhabited type
enum Void {}

fn consume(v: Void) -> u32 {
    match v {}
}

#[allow(invalid_value, unreachable_code, unused_variables)]
fn main() {
    let v: Void = unsafe { std::mem::transmute(()) };
    println!("{}", consume(v));
}
