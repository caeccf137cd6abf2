// Covers: nested collections: HashMap<String, HashMap<String, u32>>, BTreeMap<&str, BTreeSet<&str>>, Vec<HashMap>, entry chains, inverting an index, sorted deterministic output.
use std::collections::{BTreeMap, BTreeSet, HashMap};

fn main() {
    let sales = [("north", "apples", 10), ("south", "pears", 4), ("north", "pears", 7), ("east", "apples", 3), ("north", "apples", 5), ("south", "apples", 8)];
    let mut by_region: HashMap<String, HashMap<String, u32>> = HashMap::new();
    for (region, product, n) in sales {
        *by_region.entry(region.to_string()).or_default().entry(product.to_string()).or_insert(0) += n;
    }
    let mut regions: Vec<&String> = by_region.keys().collect();
    regions.sort();
    for r in regions {
        let mut prods: Vec<(&String, &u32)> = by_region[r].iter().collect();
        prods.sort();
        println!("{:<6} {:?} total {}", r, prods, by_region[r].values().sum::<u32>());
    }
    let docs = [("doc1", "the cat sat"), ("doc2", "the dog sat down"), ("doc3", "a cat and a dog")];
    let mut index: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (d, text) in docs {
        for w in text.split(' ') {
            index.entry(w).or_default().insert(d);
        }
    }
    for (w, ds) in &index {
        println!("{:<5} -> {:?}", w, ds);
    }
    let both: BTreeSet<&str> = index["cat"].intersection(&index["dog"]).copied().collect();
    println!("cat AND dog: {:?}", both);
    let either: BTreeSet<&str> = index["cat"].union(&index["sat"]).copied().collect();
    println!("cat OR sat: {:?}", either);
    let mut per_doc: BTreeMap<&str, usize> = BTreeMap::new();
    for ds in index.values() {
        for d in ds {
            *per_doc.entry(d).or_insert(0) += 1;
        }
    }
    println!("distinct words per doc {:?}", per_doc);
    let rows: Vec<HashMap<&str, i32>> = (1..=3).map(|i| HashMap::from([("id", i), ("sq", i * i), ("neg", -i)])).collect();
    for r in &rows {
        let mut kv: Vec<_> = r.iter().collect();
        kv.sort();
        println!("{:?}", kv);
    }
    let col_sum: i32 = rows.iter().map(|r| r["sq"]).sum();
    println!("sum of sq column {}", col_sum);
    let mut matrix: BTreeMap<(u8, u8), Vec<char>> = BTreeMap::new();
    for (i, c) in "matrix".chars().enumerate() {
        matrix.entry(((i % 2) as u8, (i % 3) as u8)).or_default().push(c);
    }
    println!("{:?}", matrix);
}
