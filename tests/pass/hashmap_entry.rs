// Covers: hash_map::Entry API (Occupied/Vacant match, or_insert_with, or_default, and_modify, insert_entry-like usage).
use std::collections::hash_map::Entry;
use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: HashMap<&str, u32> = HashMap::new();
    for w in text.split_whitespace() {
        freq.entry(w).and_modify(|c| *c += 1).or_insert(1);
    }
    let mut f: Vec<_> = freq.iter().collect();
    f.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{:?}", f);

    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split_whitespace() {
        groups.entry(w.len()).or_default().push(w);
    }
    let mut g: Vec<_> = groups.into_iter().collect();
    g.sort();
    for (len, words) in &g {
        println!("len {len}: {words:?}");
    }

    let mut cache: HashMap<u64, u64> = HashMap::new();
    let mut computed = 0;
    for n in [5u64, 3, 5, 8, 3, 5] {
        let v = *cache.entry(n).or_insert_with(|| {
            computed += 1;
            (1..=n).product()
        });
        println!("{}! = {}", n, v);
    }
    println!("computed {} times", computed);

    let mut m: HashMap<String, i32> = HashMap::new();
    for (k, v) in [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)] {
        match m.entry(k.to_string()) {
            Entry::Occupied(mut o) => {
                let old = *o.get();
                *o.get_mut() += v;
                println!("occupied {} {} -> {}", o.key(), old, o.get());
                if *o.get() > 6 {
                    let (key, val) = o.remove_entry();
                    println!("removed {} {}", key, val);
                }
            }
            Entry::Vacant(vac) => {
                println!("vacant {}", vac.key());
                vac.insert(v);
            }
        }
    }
    let mut rest: Vec<_> = m.into_iter().collect();
    rest.sort();
    println!("rest {:?}", rest);
    let mut ok: HashMap<&str, i32> = HashMap::new();
    let r = ok.entry("k").or_insert_with_key(|k| k.len() as i32 * 10);
    *r += 1;
    println!("or_insert_with_key: {:?}", ok.get("k"));
}
