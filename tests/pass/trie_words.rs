// Covers: a Trie with BTreeMap<char, Node> children: insert, contains, prefix search (sorted), longest common prefix, word counts, recursive traversal with String building.
use std::collections::BTreeMap;

#[derive(Default, Debug)]
struct Node {
    children: BTreeMap<char, Node>,
    count: u32,
}

impl Node {
    fn insert(&mut self, w: &str) {
        let mut n = self;
        for c in w.chars() {
            n = n.children.entry(c).or_default();
        }
        n.count += 1;
    }
    fn find(&self, prefix: &str) -> Option<&Node> {
        let mut n = self;
        for c in prefix.chars() {
            n = n.children.get(&c)?;
        }
        Some(n)
    }
    fn collect(&self, prefix: &mut String, out: &mut Vec<(String, u32)>) {
        if self.count > 0 {
            out.push((prefix.clone(), self.count));
        }
        for (c, child) in &self.children {
            prefix.push(*c);
            child.collect(prefix, out);
            prefix.pop();
        }
    }
    fn size(&self) -> usize {
        1 + self.children.values().map(|c| c.size()).sum::<usize>()
    }
}

fn main() {
    let text = "to tea ted ten inn in to tea team tear über übel tëst a an and ant";
    let mut root = Node::default();
    for w in text.split(' ') {
        root.insert(w);
    }
    println!("nodes {}", root.size());
    for w in ["tea", "te", "inn", "über", "zzz", "an"] {
        let n = root.find(w);
        println!("{:>5}: present={} is_word={}", w, n.is_some(), n.map_or(false, |n| n.count > 0));
    }
    for p in ["te", "a", "üb", "x"] {
        let mut out = Vec::new();
        if let Some(n) = root.find(p) {
            n.collect(&mut p.to_string(), &mut out);
        }
        println!("prefix {:?}: {:?}", p, out);
    }
    let mut all = Vec::new();
    root.collect(&mut String::new(), &mut all);
    println!("all words sorted: {:?}", all.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>());
    let words = ["interstellar", "internet", "interval", "internal"];
    let mut t = Node::default();
    for w in words {
        t.insert(w);
    }
    let mut lcp = String::new();
    let mut n = &t;
    while n.children.len() == 1 && n.count == 0 {
        let (c, child) = n.children.iter().next().unwrap();
        lcp.push(*c);
        n = child;
    }
    println!("longest common prefix of {:?} = {:?}", words, lcp);
}
