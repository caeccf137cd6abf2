// transmutes a (pointer, usize::MAX) pair into a &[u8].
// error-pattern: slice is bigger than largest supported object
fn main() {
    let v = [1u8, 2, 3];
    let s: &[u8] = unsafe { std::mem::transmute((v.as_ptr(), usize::MAX)) };
    println!("{}", s.len());
}
