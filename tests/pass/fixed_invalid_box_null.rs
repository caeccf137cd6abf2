// Fixed twin of tests/fail/invalid_box_null.rs: 0 is None for Option<Box<i32>>.
fn main() {
    let b: Option<Box<i32>> = unsafe { std::mem::transmute(0usize) };
    println!("{:?}", b);
}
