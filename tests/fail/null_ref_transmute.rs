// transmutes 0 into a reference.
// error-pattern: encountered a null reference
#[allow(invalid_value)]
fn main() {
    let r: &i32 = unsafe { std::mem::transmute(0usize) };
    println!("{r}");
}
