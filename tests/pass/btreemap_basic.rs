// Covers: BTreeMap ordered iteration, range, first/last, entry, split_off, pretty debug output.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for w in ["delta", "alpha", "charlie", "bravo", "echo", "foxtrot"] {
        m.insert(w, w.len());
    }
    println!("{:?}", m);
    for (k, v) in &m {
        println!("{k:>8} -> {v}");
    }
    println!("first {:?} last {:?}", m.first_key_value(), m.last_key_value());
    let r: Vec<_> = m.range("b".."d").collect();
    println!("range b..d: {:?}", r);
    *m.entry("alpha").or_insert(0) += 100;
    m.entry("golf").or_insert(4);
    println!("after entry: {:?}", m);
    let tail = m.split_off("d");
    println!("head {:?}\ntail {:?}", m, tail);
    let mut nums: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for i in -10i64..10 {
        nums.entry(i.rem_euclid(4)).or_default().push(i);
    }
    println!("{:#?}", nums);
    let rev: Vec<_> = nums.keys().rev().collect();
    println!("rev keys {:?}", rev);
    println!("pop_first {:?}", nums.pop_first().map(|(k, v)| (k, v.len())));
    println!("remove 2: {:?}", nums.remove(&2));
    println!("len {}", nums.len());
    let inv: BTreeMap<usize, &str> = tail.iter().map(|(k, v)| (*v, *k)).collect();
    println!("inverted: {:?}", inv);
    let mut counter = BTreeMap::new();
    for b in "abracadabra".bytes() {
        *counter.entry(b as char).or_insert(0u32) += 1;
    }
    println!("{:?}", counter);
    for (k, v) in counter.range('b'..='r') {
        print!("{}{} ", k, v);
    }
    println!();
}
