// Fixed twin of tests/fail/dangling_ref_transmute_int.rs: references a real variable.
fn main() {
    let x = 64u64;
    let r: &u64 = &x;
    println!("{r}");
}
