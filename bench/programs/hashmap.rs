// 50,000 HashMap<u64, u64> inserts (some overwriting) and 50,000 lookups (about half hit),
// then removals; the checksums use commutative operations only, so they do not depend on the
// map's (randomly seeded) iteration order.

use std::collections::HashMap;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 16
    }
}

fn main() {
    const N: u64 = 50_000;
    let mut rng = Lcg(42);
    let mut map: HashMap<u64, u64> = HashMap::new();
    let mut overwritten = 0u64;
    for i in 0..N {
        let key = rng.next() % (N * 2);
        if map.insert(key, i.wrapping_mul(2654435761)).is_some() {
            overwritten += 1;
        }
    }

    let mut hits = 0u64;
    let mut sum = 0u64;
    for k in 0..N {
        if let Some(v) = map.get(&(k * 2 + 1)) {
            hits += 1;
            sum = sum.wrapping_add(*v ^ k);
        }
    }
    for k in 0..N / 4 {
        if let Some(v) = map.get_mut(&(k * 3)) {
            *v = v.wrapping_add(k);
        }
    }

    let mut removed = 0u64;
    for k in (0..N * 2).step_by(5) {
        if map.remove(&k).is_some() {
            removed += 1;
        }
    }

    let (mut kx, mut vs) = (0u64, 0u64);
    for (k, v) in &map {
        kx ^= k.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        vs = vs.wrapping_add(*v);
    }
    println!("len={} overwritten={} hits={} removed={}", map.len(), overwritten, hits, removed);
    println!("lookup sum={} key xor={} value sum={}", sum, kx, vs);
}
