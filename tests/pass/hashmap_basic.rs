// Covers: HashMap insert/get/remove/contains_key/len/iteration (sorted for determinism), values_mut.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    for (i, w) in ["apple", "banana", "cherry", "date", "elderberry"].iter().enumerate() {
        m.insert(w.to_string(), i as i32 * 10);
    }
    println!("len = {}", m.len());
    println!("get banana = {:?}", m.get("banana"));
    println!("get fig = {:?}", m.get("fig"));
    println!("contains date? {}", m.contains_key("date"));
    let old = m.insert("apple".to_string(), 111);
    println!("replaced apple: {:?}", old);
    println!("remove cherry: {:?}", m.remove("cherry"));
    println!("remove cherry again: {:?}", m.remove("cherry"));
    for v in m.values_mut() {
        *v += 1;
    }
    let mut items: Vec<(&String, &i32)> = m.iter().collect();
    items.sort();
    for (k, v) in &items {
        println!("{k} => {v}");
    }
    let mut keys: Vec<_> = m.keys().cloned().collect();
    keys.sort();
    println!("keys: {:?}", keys);
    let total: i32 = m.values().sum();
    println!("total: {}", total);
    if let Some(x) = m.get_mut("date") {
        *x *= 100;
    }
    println!("date now {}", m["date"]);
    let squares: HashMap<u32, u32> = (1..=20).map(|i| (i, i * i)).collect();
    let mut sq: Vec<_> = squares.into_iter().filter(|(k, _)| k % 4 == 0).collect();
    sq.sort_unstable();
    println!("squares by 4: {:?}", sq);
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in "mississippi river".chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    let mut cv: Vec<_> = counts.into_iter().collect();
    cv.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("letter counts: {:?}", cv);
    let mut big: HashMap<u64, u64> = HashMap::new();
    for i in 0..500u64 {
        big.insert(i * 7919 % 10007, i);
    }
    let s: u64 = big.values().sum();
    println!("big len {} sum {} get(7919) {:?}", big.len(), s, big.get(&7919));
    big.retain(|k, _| k % 2 == 0);
    println!("after retain: {}", big.len());
}
