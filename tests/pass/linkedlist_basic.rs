// Covers: LinkedList push/pop both ends, append, split_off, iter/iter_mut, contains, retain-like via filter.
use std::collections::LinkedList;

fn main() {
    let mut l: LinkedList<i32> = LinkedList::new();
    for i in 1..=5 {
        l.push_back(i);
        l.push_front(-i);
    }
    println!("{:?}", l);
    println!("len {} front {:?} back {:?}", l.len(), l.front(), l.back());
    for x in l.iter_mut() {
        *x *= 2;
    }
    println!("doubled {:?}", l);
    let mut tail = l.split_off(5);
    println!("head {:?} tail {:?}", l, tail);
    tail.append(&mut l);
    println!("tail+head {:?} head now empty {}", tail, l.is_empty());
    println!("contains 6? {} contains 7? {}", tail.contains(&6), tail.contains(&7));
    println!("pop_front {:?} pop_back {:?}", tail.pop_front(), tail.pop_back());
    let evens: LinkedList<i32> = tail.iter().filter(|x| *x % 4 == 0).cloned().collect();
    println!("div by 4: {:?}", evens);
    let strings: LinkedList<String> = ["x", "yy", "zzz"].iter().map(|s| s.repeat(2)).collect();
    for s in &strings {
        println!("{} ({})", s, s.len());
    }
    let rev: Vec<_> = strings.into_iter().rev().collect();
    println!("{:?}", rev);
}
