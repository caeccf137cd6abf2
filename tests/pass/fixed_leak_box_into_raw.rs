// Fixed twin of tests/fail/leak_box_into_raw.rs: rebuilds the Box to free it.
fn main() {
    let p = Box::into_raw(Box::new(7i64));
    println!("{}", unsafe { *p });
    drop(unsafe { Box::from_raw(p) });
}
