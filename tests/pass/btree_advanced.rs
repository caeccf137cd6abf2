// Covers: BTreeMap range_mut, retain, first_entry/last_entry, extract_if-free removal, append, iteration with rev and ranges using Bound, BTreeSet range with Bound::Excluded, split_off on sets.
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound::{Excluded, Included, Unbounded};

fn main() {
    let mut m: BTreeMap<u32, String> = (1..=10).map(|i| (i * 10, format!("v{}", i))).collect();
    for (_, v) in m.range_mut(30..=60) {
        v.push('*');
    }
    println!("{:?}", m);
    m.retain(|k, _| k % 20 != 0);
    println!("retain {:?}", m);
    if let Some(mut e) = m.first_entry() {
        e.get_mut().push_str("-first");
    }
    if let Some(e) = m.last_entry() {
        println!("removing last {:?}", e.remove_entry());
    }
    println!("after entries {:?}", m);
    let mut other: BTreeMap<u32, String> = [(5, "five".to_string()), (30, "thirty-new".to_string())].into_iter().collect();
    m.append(&mut other);
    println!("append {:?} other empty {}", m, other.is_empty());
    let r: Vec<_> = m.range((Excluded(10), Included(50))).map(|(k, _)| *k).collect();
    println!("(10, 50] {:?}", r);
    let r2: Vec<_> = m.range((Unbounded, Excluded(30))).rev().map(|(k, _)| *k).collect();
    println!("(.., 30) rev {:?}", r2);
    let below_45 = m.range(..45).next_back();
    let above_45 = m.range(45..).next();
    println!("floor(45) {:?} ceil(45) {:?}", below_45, above_45);
    let mut s: BTreeSet<i32> = (-5..=5).collect();
    let hi = s.split_off(&2);
    println!("split_off: low {:?} high {:?}", s, hi);
    println!("range excluded {:?}", hi.range((Excluded(2), Excluded(5))).collect::<Vec<_>>());
    let mut counts: BTreeMap<char, u32> = BTreeMap::new();
    for c in "hello btree world".chars().filter(|c| c.is_alphabetic()) {
        counts.entry(c).and_modify(|n| *n += 1).or_insert(1);
    }
    let top = counts.iter().max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c))).unwrap();
    println!("counts {:?} top {:?}", counts, top);
    let keys: Vec<char> = counts.keys().rev().take(3).copied().collect();
    println!("last three keys {:?}", keys);
    println!("contains_key 'z' {} get 'o' {:?}", counts.contains_key(&'z'), counts.get(&'o'));
    println!("into_keys {:?}", counts.clone().into_keys().collect::<String>());
    println!("into_values sum {}", counts.into_values().sum::<u32>());
}
