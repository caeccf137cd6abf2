// Box::into_raw without a matching Box::from_raw.
// error-pattern: memory leaked
fn main() {
    let p = Box::into_raw(Box::new(7i64));
    println!("{}", unsafe { *p });
}
