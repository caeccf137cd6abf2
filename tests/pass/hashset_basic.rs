// Covers: HashSet insert/contains/remove, union/intersection/difference/symmetric_difference (sorted output), subset.
use std::collections::HashSet;

fn sorted<T: Ord + Clone>(it: impl Iterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = it.collect();
    v.sort();
    v
}

fn main() {
    let a: HashSet<i32> = (1..10).collect();
    let b: HashSet<i32> = (5..15).step_by(2).collect();
    println!("a = {:?}", sorted(a.iter().copied()));
    println!("b = {:?}", sorted(b.iter().copied()));
    println!("union = {:?}", sorted(a.union(&b).copied()));
    println!("intersection = {:?}", sorted(a.intersection(&b).copied()));
    println!("a - b = {:?}", sorted(a.difference(&b).copied()));
    println!("a ^ b = {:?}", sorted(a.symmetric_difference(&b).copied()));
    let small: HashSet<i32> = [2, 3].into_iter().collect();
    println!("small subset of a? {} superset? {}", small.is_subset(&a), a.is_superset(&small));
    println!("disjoint small/b? {}", small.is_disjoint(&b));
    let mut s = HashSet::new();
    for w in "one two three two one four".split(' ') {
        let fresh = s.insert(w);
        println!("insert {w}: {fresh}");
    }
    println!("len {} contains 'two' {}", s.len(), s.contains("two"));
    println!("remove one: {} again: {}", s.remove("one"), s.remove("one"));
    println!("left {:?}", sorted(s.iter().copied()));
    let chars: HashSet<char> = "hello world".chars().filter(|c| c.is_alphabetic()).collect();
    let mut cs: Vec<char> = chars.into_iter().collect();
    cs.sort_unstable();
    println!("unique letters: {}", cs.iter().collect::<String>());
    let mut seen = HashSet::new();
    let dups: Vec<i32> = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5].into_iter().filter(|x| !seen.insert(*x)).collect();
    println!("dups: {:?}", dups);
    let u = &a | &b;
    let i = &a & &b;
    println!("ops: {} {}", u.len(), i.len());
}
