// Fixed twin of tests/fail/dangling_ref_one_past_end.rs: steps back from the end pointer before creating the reference.
fn main() {
    let a = [1u32, 2, 3, 4];
    let end = unsafe { a.as_ptr().add(4) };
    let r: &u32 = unsafe { &*end.sub(1) };
    println!("{r}");
}
