// gives a pointer into one array the address of another and makes a reference.
// error-pattern: going beyond the bounds of its allocation
fn main() {
    let a = [1u8; 4];
    let b = [2u8; 4];
    let q = a.as_ptr().with_addr(b.as_ptr().addr());
    let r: &u8 = unsafe { std::mem::transmute(q) };
    println!("{r}");
}
