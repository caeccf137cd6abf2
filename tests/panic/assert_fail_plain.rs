// Covers: assert! failure without a message (prints the stringified condition) and assert_ne! passing before.
fn main() {
    let v = vec![1, 2, 3];
    assert_ne!(v.len(), 0);
    println!("len {}", v.len());
    assert!(v.iter().sum::<i32>() > 10);
    println!("never");
}
