// Covers: Huffman coding with BinaryHeap<Reverse<...>> and a boxed tree enum, code table in BTreeMap, encode/decode round trip, bit string output.
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tree {
    Leaf(char),
    Node(Box<Tree>, Box<Tree>),
}

fn build(text: &str) -> Tree {
    let mut freq: BTreeMap<char, u32> = BTreeMap::new();
    for c in text.chars() {
        *freq.entry(c).or_insert(0) += 1;
    }
    let mut heap: BinaryHeap<Reverse<(u32, u32, Tree)>> = BinaryHeap::new();
    let mut seq = 0;
    for (c, f) in freq {
        heap.push(Reverse((f, seq, Tree::Leaf(c))));
        seq += 1;
    }
    while heap.len() > 1 {
        let Reverse((fa, _, a)) = heap.pop().unwrap();
        let Reverse((fb, _, b)) = heap.pop().unwrap();
        heap.push(Reverse((fa + fb, seq, Tree::Node(Box::new(a), Box::new(b)))));
        seq += 1;
    }
    heap.pop().unwrap().0 .2
}

fn codes(t: &Tree, prefix: String, out: &mut BTreeMap<char, String>) {
    match t {
        Tree::Leaf(c) => {
            out.insert(*c, if prefix.is_empty() { "0".into() } else { prefix });
        }
        Tree::Node(l, r) => {
            codes(l, format!("{}0", prefix), out);
            codes(r, format!("{}1", prefix), out);
        }
    }
}

fn decode(t: &Tree, bits: &str) -> String {
    let mut out = String::new();
    let mut cur = t;
    for b in bits.chars() {
        if let Tree::Node(l, r) = cur {
            cur = if b == '0' { l } else { r };
        }
        if let Tree::Leaf(c) = cur {
            out.push(*c);
            cur = t;
        }
    }
    out
}

fn main() {
    for text in ["abracadabra", "mississippi river", "aaaa", "Mirage — MIR interpreter ✓✓"] {
        let tree = build(text);
        let mut table = BTreeMap::new();
        codes(&tree, String::new(), &mut table);
        let encoded: String = text.chars().map(|c| table[&c].as_str()).collect();
        let decoded = decode(&tree, &encoded);
        println!("{:?}", text);
        for (c, code) in &table {
            println!("  {:?} -> {}", c, code);
        }
        println!("  bits {} (vs {} raw) ok={}", encoded.len(), text.len() * 8, decoded == text);
        if encoded.len() <= 64 {
            println!("  {}", encoded);
        }
    }
}
