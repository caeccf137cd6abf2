// a method that recurses on a freshly built child without ever reaching its limit.
// error-pattern: reached the configured maximum number of stack frames
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
    println!("{}", root.descend(std::hint::black_box(u64::MAX)));
}
