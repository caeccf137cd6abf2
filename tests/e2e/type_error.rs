// rustc rejects this file: `mirage run` must show rustc's error and exit with rustc's status.
fn main() {
    let n: i32 = "not a number";
    println!("{n}");
}
