// transmutes [1, 0, 2] into [bool; 3].
// error-pattern: but expected a boolean
fn main() {
    let a: [bool; 3] = unsafe { std::mem::transmute([1u8, 0, 2]) };
    println!("{:?}", a);
}
