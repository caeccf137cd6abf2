// Fixed twin of tests/fail/stackoverflow_method.rs: stops at depth 64.
struct Node {
    label: u64,
}

impl Node {
    fn descend(&self, limit: u64) -> u64 {
        if self.label == limit {
            return self.label;
        }
        let child = Node { label: self.label + 1 };
        child.descend(limit)
    }
}

fn main() {
    let root = Node { label: 0 };
    println!("{}", root.descend(std::hint::black_box(64)));
}
