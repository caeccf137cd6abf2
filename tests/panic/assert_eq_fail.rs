// Covers: assert_eq! failure with a custom message shows left/right Debug values.
#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    assert_eq!(a, b);
    println!("first assertion passed");
    let c = Point { x: 3, y: -4 };
    assert_eq!(a, c, "points differ for case {}", 2);
    println!("never");
}
