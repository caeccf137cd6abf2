// 30,000 BTreeMap inserts, 3,000 range queries, 10,000 removals, then more range queries and
// first/last lookups; prints checksums (a BTreeMap iterates in key order, so they are stable).

use std::collections::BTreeMap;

struct XorShift(u32);

impl XorShift {
    fn next(&mut self) -> u32 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        x
    }
}

fn main() {
    const N: u32 = 30_000;
    const SPACE: u32 = 1 << 20;
    let mut rng = XorShift(2463534242);
    let mut map: BTreeMap<u32, u64> = BTreeMap::new();
    for i in 0..N {
        let k = rng.next() % SPACE;
        *map.entry(k).or_insert(0) += i as u64 + 1;
    }
    let inserted = map.len();

    let mut range_sum = 0u64;
    let mut range_count = 0usize;
    for _ in 0..3_000 {
        let lo = rng.next() % SPACE;
        let hi = lo + 400;
        for (k, v) in map.range(lo..hi) {
            range_sum = range_sum.wrapping_add(*k as u64 ^ *v);
            range_count += 1;
        }
    }

    let mut removed = 0u64;
    for _ in 0..10_000 {
        let probe = rng.next() % SPACE;
        // Remove the first key at or after `probe`, if any.
        let found = map.range(probe..).next().map(|(k, _)| *k);
        if let Some(k) = found {
            removed = removed.wrapping_add(map.remove(&k).unwrap());
        }
    }

    let mut back_sum = 0u64;
    for _ in 0..1_000 {
        let hi = rng.next() % SPACE;
        for (k, v) in map.range(..hi).rev().take(5) {
            back_sum = back_sum.wrapping_mul(17).wrapping_add(*k as u64 + *v);
        }
    }

    let all = map
        .iter()
        .fold(0u64, |acc, (k, v)| acc.wrapping_mul(31).wrapping_add(*k as u64 * 3 + v));
    let first = map.first_key_value().map(|(k, _)| *k).unwrap_or(0);
    let last = map.last_key_value().map(|(k, _)| *k).unwrap_or(0);
    println!("inserted={} left={} first={} last={}", inserted, map.len(), first, last);
    println!(
        "range count={} sum={} removed sum={} back sum={}",
        range_count, range_sum, removed, back_sum
    );
    println!("checksum={}", all);
}
