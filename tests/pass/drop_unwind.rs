// Covers: Drop during unwinding inside catch_unwind (guards dropped in reverse order), drop in nested frames, partially initialized vec, scope guards.
use std::panic;

struct Guard(String);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} released (panicking: {})", self.0, std::thread::panicking());
    }
}

fn level3() {
    let _g = Guard("level3".into());
    let v: Vec<Guard> = (0..3).map(|i| Guard(format!("elem{}", i))).collect();
    println!("level3 built {} elements", v.len());
    panic!("boom in level3");
}

fn level2() {
    let _g = Guard("level2".into());
    level3();
    println!("not reached");
}

fn level1() -> u32 {
    let _a = Guard("level1-a".into());
    let _b = Guard("level1-b".into());
    level2();
    7
}

fn build(n: usize) -> Vec<Guard> {
    (0..n)
        .map(|i| {
            if i == 2 {
                panic!("failed building item {}", i);
            }
            Guard(format!("item{}", i))
        })
        .collect()
}

fn main() {
    let _outer = Guard("outer".into());
    let r = panic::catch_unwind(level1);
    println!("caught: {}", r.is_err());
    let r2 = panic::catch_unwind(|| build(5).len());
    println!("build caught: {}", r2.is_err());
    let r3 = panic::catch_unwind(|| build(2).len());
    println!("build(2) = {:?}", r3.ok());
    println!("main done");
}
