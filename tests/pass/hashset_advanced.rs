// Covers: HashSet of structs (derive Hash), get/take/replace, retain, extend, is_disjoint/subset, iterating sorted, HashSet<char> operations on words, dedup preserving order.
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Tag {
    name: String,
    level: u8,
}

fn sorted<T: Ord + Clone>(s: &HashSet<T>) -> Vec<T> {
    let mut v: Vec<T> = s.iter().cloned().collect();
    v.sort();
    v
}

fn main() {
    let mut tags: HashSet<Tag> = HashSet::new();
    for (n, l) in [("rust", 1), ("mir", 2), ("rust", 1), ("ub", 3), ("mir", 1)] {
        let inserted = tags.insert(Tag { name: n.into(), level: l });
        println!("insert {}:{} -> {}", n, l, inserted);
    }
    println!("tags {:?}", sorted(&tags));
    let probe = Tag { name: "ub".into(), level: 3 };
    println!("get {:?}", tags.get(&probe));
    println!("take {:?} len now {}", tags.take(&probe), tags.len());
    println!("replace {:?}", tags.replace(Tag { name: "mir".into(), level: 2 }));
    tags.retain(|t| t.level < 2);
    println!("retain level<2 {:?}", sorted(&tags));
    let mut letters: HashSet<char> = "hello".chars().collect();
    letters.extend("world".chars());
    println!("letters {:?}", sorted(&letters));
    let vowels: HashSet<char> = "aeiou".chars().collect();
    let consonants: HashSet<char> = letters.difference(&vowels).copied().collect();
    println!("consonants {:?} disjoint with vowels {}", sorted(&consonants), consonants.is_disjoint(&vowels));
    let small: HashSet<char> = ['l', 'o'].into_iter().collect();
    println!("subset {} superset {}", small.is_subset(&letters), letters.is_superset(&small));
    let words = ["apple", "banana", "apple", "cherry", "banana", "date"];
    let mut seen = HashSet::new();
    let unique_in_order: Vec<&str> = words.iter().copied().filter(|w| seen.insert(*w)).collect();
    println!("dedup preserving order {:?}", unique_in_order);
    let common: HashSet<char> = words.iter().map(|w| w.chars().collect::<HashSet<char>>()).reduce(|a, b| &a & &b).unwrap();
    println!("chars common to all words {:?}", sorted(&common));
    let any: HashSet<char> = words.iter().flat_map(|w| w.chars()).collect();
    println!("distinct chars {}", any.len());
    let nums: HashSet<u32> = (1..50).filter(|n| n % 3 == 0).collect();
    let squares: HashSet<u32> = (1..8).map(|n| n * n).collect();
    println!("multiples of 3 that are squares {:?}", sorted(&(&nums & &squares)));
    println!("symmetric diff size {}", (&nums ^ &squares).len());
}
