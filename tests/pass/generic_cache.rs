// Covers: generic memoizing cache struct Memo<K, V, F> with Hash + Eq + Clone bounds, FnMut computation, statistics, and use with different key types (u64, String, tuples).
use std::collections::HashMap;
use std::hash::Hash;

struct Memo<K, V, F>
where
    F: FnMut(&K) -> V,
{
    f: F,
    map: HashMap<K, V>,
    hits: u32,
    misses: u32,
}

impl<K: Hash + Eq + Clone, V: Clone, F: FnMut(&K) -> V> Memo<K, V, F> {
    fn new(f: F) -> Self {
        Memo { f, map: HashMap::new(), hits: 0, misses: 0 }
    }
    fn get(&mut self, k: K) -> V {
        if let Some(v) = self.map.get(&k) {
            self.hits += 1;
            return v.clone();
        }
        self.misses += 1;
        let v = (self.f)(&k);
        self.map.insert(k, v.clone());
        v
    }
    fn stats(&self) -> String {
        format!("hits={} misses={} size={}", self.hits, self.misses, self.map.len())
    }
}

fn main() {
    let mut calls = 0;
    let mut digits = Memo::new(|n: &u64| {
        calls += 1;
        n.to_string().chars().map(|c| c.to_digit(10).unwrap() as u64).sum::<u64>()
    });
    for n in [12345u64, 999, 12345, 1, 999, 12345] {
        println!("digit_sum({}) = {}", n, digits.get(n));
    }
    println!("{}", digits.stats());
    drop(digits);
    println!("closure calls {}", calls);
    let mut upper = Memo::new(|s: &String| s.to_uppercase());
    for w in ["straße", "abc", "straße", "ǆ"] {
        println!("{} -> {}", w, upper.get(w.to_string()));
    }
    println!("{}", upper.stats());
    let mut grid_paths = Memo::new(|&(r, c): &(u32, u32)| {
        let mut t = vec![vec![1u64; c as usize + 1]; r as usize + 1];
        for i in 1..=r as usize {
            for j in 1..=c as usize {
                t[i][j] = t[i - 1][j] + t[i][j - 1];
            }
        }
        t[r as usize][c as usize]
    });
    for k in [(2, 2), (10, 10), (2, 2), (16, 16), (10, 10)] {
        println!("paths{:?} = {}", k, grid_paths.get(k));
    }
    println!("{}", grid_paths.stats());
}
