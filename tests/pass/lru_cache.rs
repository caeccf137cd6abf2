// Covers: an LRU cache built from HashMap + VecDeque (and a second one on BTreeMap with tick counters), hit/miss statistics, eviction order output.
use std::collections::{BTreeMap, HashMap, VecDeque};

struct Lru {
    cap: usize,
    map: HashMap<u32, String>,
    order: VecDeque<u32>,
    hits: u32,
    misses: u32,
}

impl Lru {
    fn get(&mut self, k: u32) -> Option<&String> {
        if self.map.contains_key(&k) {
            self.hits += 1;
            self.order.retain(|&x| x != k);
            self.order.push_back(k);
            self.map.get(&k)
        } else {
            self.misses += 1;
            None
        }
    }
    fn put(&mut self, k: u32, v: String) -> Option<u32> {
        let mut evicted = None;
        if self.map.insert(k, v).is_some() {
            self.order.retain(|&x| x != k);
        } else if self.map.len() > self.cap {
            let old = self.order.pop_front().unwrap();
            self.map.remove(&old);
            evicted = Some(old);
        }
        self.order.push_back(k);
        evicted
    }
}

struct TickLru {
    cap: usize,
    tick: u64,
    vals: HashMap<&'static str, (u64, i32)>,
    by_tick: BTreeMap<u64, &'static str>,
}

impl TickLru {
    fn touch(&mut self, k: &'static str, v: i32) -> Option<&'static str> {
        self.tick += 1;
        if let Some((t, _)) = self.vals.get(k) {
            self.by_tick.remove(t);
        }
        self.vals.insert(k, (self.tick, v));
        self.by_tick.insert(self.tick, k);
        if self.vals.len() > self.cap {
            let (_, oldest) = self.by_tick.pop_first().unwrap();
            self.vals.remove(oldest);
            return Some(oldest);
        }
        None
    }
}

fn main() {
    let mut c = Lru { cap: 3, map: HashMap::new(), order: VecDeque::new(), hits: 0, misses: 0 };
    let ops = [1u32, 2, 3, 1, 4, 2, 5, 1, 3, 4, 5];
    for k in ops {
        match c.get(k) {
            Some(v) => println!("get {} -> hit {}", k, v),
            None => {
                let ev = c.put(k, format!("val{}", k * k));
                println!("get {} -> miss, inserted, evicted {:?}, order {:?}", k, ev, c.order);
            }
        }
    }
    println!("hits {} misses {} hit rate {:.1}%", c.hits, c.misses, 100.0 * c.hits as f64 / (c.hits + c.misses) as f64);
    let mut t = TickLru { cap: 2, tick: 0, vals: HashMap::new(), by_tick: BTreeMap::new() };
    for (k, v) in [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("d", 5), ("c", 6)] {
        let ev = t.touch(k, v);
        let mut keys: Vec<_> = t.vals.iter().map(|(k, (tick, v))| (*k, *tick, *v)).collect();
        keys.sort();
        println!("touch {}={} evicted {:?} now {:?}", k, v, ev, keys);
    }
}
