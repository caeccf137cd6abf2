// Fixed twin of tests/fail/oob_get_unchecked.rs: uses an index below the length and checked get for the rest.
fn main() {
    let v = vec![1, 2, 3];
    let x = unsafe { *v.get_unchecked(2) };
    println!("{x} {:?}", v.get(3));
}
