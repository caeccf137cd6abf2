// Fixed twin of tests/fail/leak_vec_forget.rs: lets the Vec drop.
fn main() {
    let mut v: Vec<u64> = Vec::with_capacity(3);
    v.push(1);
    println!("{:?}", v);
}
