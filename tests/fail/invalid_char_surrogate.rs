// char::from_u32_unchecked of a surrogate code point.
// error-pattern: but expected a valid unicode scalar value
fn main() {
    let c = unsafe { char::from_u32_unchecked(0xD800) };
    println!("{}", c as u32);
}
