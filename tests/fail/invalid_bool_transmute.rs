// transmutes the byte 2 into a bool.
// error-pattern: but expected a boolean
#[allow(unnecessary_transmutes)]
fn main() {
    let b: bool = unsafe { std::mem::transmute(2u8) };
    println!("{b}");
}
