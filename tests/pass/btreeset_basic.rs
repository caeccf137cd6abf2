// Covers: BTreeSet ordering, set algebra, range, first/last, pop, retain, iteration of strings.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<u32> = [5, 1, 9, 3, 7, 1, 5].into_iter().collect();
    let b: BTreeSet<u32> = (3..8).collect();
    println!("a = {:?}", a);
    println!("b = {:?}", b);
    println!("union {:?}", a.union(&b).collect::<Vec<_>>());
    println!("inter {:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("diff {:?}", a.difference(&b).collect::<Vec<_>>());
    println!("symdiff {:?}", a.symmetric_difference(&b).collect::<Vec<_>>());
    println!("first {:?} last {:?}", a.first(), a.last());
    println!("range 2..8 {:?}", a.range(2..8).collect::<Vec<_>>());
    let mut c = a.clone();
    c.retain(|x| *x > 3);
    println!("retain >3: {:?}", c);
    println!("pop_first {:?} pop_last {:?} left {:?}", c.pop_first(), c.pop_last(), c);
    let words: BTreeSet<&str> = "the cat sat on the mat with the hat".split(' ').collect();
    println!("words: {:?}", words);
    let joined: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{}", joined.join(","));
    let mut tuples = BTreeSet::new();
    tuples.insert((2, 'b'));
    tuples.insert((1, 'z'));
    tuples.insert((2, 'a'));
    tuples.insert((1, 'z'));
    println!("tuples {:?}", tuples);
    println!("is_subset {}", b.is_subset(&(0..100).collect()));
    println!("contains 9? {} 4? {}", a.contains(&9), a.contains(&4));
    let rev: Vec<_> = a.iter().rev().map(|x| x * 10).collect();
    println!("rev*10 {:?}", rev);
}
