// transmutes 0x110000 into a char.
// error-pattern: but expected a valid unicode scalar value
#[allow(unnecessary_transmutes)]
fn main() {
    let c: char = unsafe { std::mem::transmute(0x110000u32) };
    println!("{c}");
}
