// transmutes 0 into a Box.
// error-pattern: encountered a null box
#[allow(invalid_value)]
fn main() {
    let b: Box<i32> = unsafe { std::mem::transmute(0usize) };
    println!("{b}");
}
