// Covers: VecDeque push/pop front/back, rotation, make_contiguous, iteration, indexing, ring use.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    for i in 0..5 {
        d.push_back(i);
        d.push_front(-i);
    }
    println!("d = {:?}", d);
    println!("front {:?} back {:?} len {}", d.front(), d.back(), d.len());
    println!("pop_front {:?} pop_back {:?}", d.pop_front(), d.pop_back());
    d.rotate_left(3);
    println!("rotate_left(3): {:?}", d);
    d.rotate_right(1);
    println!("rotate_right(1): {:?}", d);
    println!("d[2] = {}", d[2]);
    d[2] = 42;
    let v: Vec<i32> = d.iter().copied().collect();
    println!("as vec: {:?}", v);
    let s = d.make_contiguous();
    s.sort();
    println!("sorted contiguous: {:?}", s);
    let mut window: VecDeque<u32> = VecDeque::with_capacity(3);
    for x in 1..=10u32 {
        if window.len() == 3 {
            window.pop_front();
        }
        window.push_back(x * x);
        let sum: u32 = window.iter().sum();
        println!("window {:?} sum {}", window, sum);
    }
    let mut q: VecDeque<&str> = ["a", "b", "c"].into_iter().collect();
    q.extend(["d", "e"]);
    while let Some(x) = q.pop_front() {
        print!("{} ", x);
    }
    println!();
    let mut e: VecDeque<i32> = (1..=6).collect();
    e.retain(|x| x % 3 != 0);
    println!("retain: {:?} contains 4? {}", e, e.contains(&4));
    let (a, b) = e.as_slices();
    println!("slices total {}", a.len() + b.len());
    e.truncate(2);
    println!("truncate: {:?}", e);
    let rev: Vec<_> = e.iter().rev().collect();
    println!("rev: {:?}", rev);
}
