// transmutes 3 into an Option<bool> (2 is None, 3 is nothing).
// error-pattern: but expected a valid enum tag
fn main() {
    let o: Option<bool> = unsafe { std::mem::transmute(3u8) };
    println!("{:?}", o);
}
