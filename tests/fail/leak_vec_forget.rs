// forgets a Vec with capacity for three u64.
// error-pattern: memory leaked
fn main() {
    let mut v: Vec<u64> = Vec::with_capacity(3);
    v.push(1);
    std::mem::forget(v);
}
