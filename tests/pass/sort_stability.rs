// Covers: stability of sort/sort_by_key vs sort_unstable on records with duplicate keys, multi-key sorting by successive stable sorts, verification of order invariants.
#[derive(Debug, Clone, PartialEq)]
struct Rec {
    key: u8,
    seq: u32,
    name: String,
}

fn main() {
    let mut seed = 7u32;
    let mut recs: Vec<Rec> = (0..60)
        .map(|i| {
            seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
            Rec { key: ((seed >> 16) % 5) as u8, seq: i, name: format!("n{:02}", (seed >> 8) % 97) }
        })
        .collect();
    let orig = recs.clone();
    recs.sort_by_key(|r| r.key);
    let stable = recs.windows(2).all(|w| w[0].key < w[1].key || (w[0].key == w[1].key && w[0].seq < w[1].seq));
    println!("stable sort keeps insertion order within keys: {}", stable);
    for k in 0..5u8 {
        let seqs: Vec<u32> = recs.iter().filter(|r| r.key == k).map(|r| r.seq).collect();
        println!("key {} -> {} items, seqs {:?}", k, seqs.len(), &seqs[..seqs.len().min(8)]);
    }
    let mut u = orig.clone();
    u.sort_unstable_by_key(|r| (r.key, r.seq));
    println!("unstable by (key, seq) equals stable by key: {}", u == recs);
    let mut multi = orig.clone();
    multi.sort_by(|a, b| a.name.cmp(&b.name));
    multi.sort_by_key(|r| r.key);
    let ok = multi.windows(2).all(|w| (w[0].key, &w[0].name) <= (w[1].key, &w[1].name));
    println!("two-pass stable sort == sort by (key, name): {}", ok);
    println!("first 6: {:?}", multi.iter().take(6).map(|r| (r.key, r.name.as_str(), r.seq)).collect::<Vec<_>>());
    let mut desc = orig.clone();
    desc.sort_by(|a, b| b.key.cmp(&a.key));
    println!("desc stable: {}", desc.windows(2).all(|w| w[0].key > w[1].key || w[0].seq < w[1].seq));
    let mut words = vec!["bb", "a", "ccc", "dd", "e", "fff", "g"];
    words.sort_by_key(|w| w.len());
    println!("by len stable {:?}", words);
}
