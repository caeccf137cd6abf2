// transmutes a reference to a byte into a reference to an empty enum.
// error-pattern: encountered a reference pointing to uninhabited type
enum Void {}

fn main() {
    let x = 0u8;
    let r: &Void = unsafe { std::mem::transmute(&x) };
    match *r {}
}
