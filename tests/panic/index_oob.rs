// Covers: slice index out of bounds panic (uncaught) with the len/index message.
fn main() {
    let v: Vec<i32> = (1..=5).collect();
    let idx: Vec<usize> = vec![0, 2, 4, 5];
    for i in idx {
        println!("v[{}] = {}", i, v[i]);
    }
}
