// slice::get_unchecked with an index equal to the length (its `assume` fails).
// error-pattern: `assume` called with `false`
fn main() {
    let v = vec![1, 2, 3];
    let x = unsafe { *v.get_unchecked(3) };
    println!("{x}");
}
