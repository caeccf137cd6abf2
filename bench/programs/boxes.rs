// Vec<Box<T>> churn: about 50,000 boxed structs (some holding a String and a Vec) are
// allocated, pushed, popped, replaced, swapped out and dropped; prints a checksum.

struct Node {
    id: u64,
    name: String,
    data: Vec<u32>,
    next: Option<Box<Node>>,
}

impl Node {
    fn new(id: u64) -> Box<Node> {
        let name = if id % 3 == 0 { format!("node-{}", id) } else { String::new() };
        let data = if id % 2 == 0 { (0..(id % 8) as u32).collect() } else { Vec::new() };
        let next = if id % 5 == 0 {
            Some(Box::new(Node { id: id + 1, name: String::new(), data: Vec::new(), next: None }))
        } else {
            None
        };
        Box::new(Node { id, name, data, next })
    }

    fn weight(&self) -> u64 {
        let data: u64 = self.data.iter().map(|&x| x as u64).sum();
        let own = self.id + self.name.len() as u64 + data;
        own + self.next.as_ref().map_or(0, |n| n.weight())
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 7;
        self.0 ^= self.0 >> 9;
        self.0
    }
}

fn main() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut v: Vec<Box<Node>> = Vec::new();
    let mut sum = 0u64;
    let mut allocated = 0u64;
    let mut dropped = 0u64;
    let mut id = 0u64;
    for round in 0..40_000u64 {
        match rng.next() % 8 {
            0..=3 => {
                v.push(Node::new(id));
                id += 1;
                allocated += 1;
            }
            4 | 5 => {
                if let Some(n) = v.pop() {
                    sum = sum.wrapping_add(n.weight());
                    dropped += 1;
                }
            }
            6 => {
                if !v.is_empty() {
                    let i = (rng.next() as usize) % v.len();
                    let old = std::mem::replace(&mut v[i], Node::new(id));
                    id += 1;
                    allocated += 1;
                    sum = sum.wrapping_mul(3).wrapping_add(old.weight());
                    dropped += 1;
                }
            }
            _ => {
                if !v.is_empty() {
                    let i = (rng.next() as usize) % v.len();
                    let mut n = v.swap_remove(i);
                    n.name.push_str("!");
                    n.data.push(round as u32);
                    sum = sum.wrapping_add(n.weight() ^ round);
                    v.push(n);
                }
            }
        }
        if round % 10_000 == 9_999 {
            // Periodically drop half of what is left at once.
            let keep = v.len() / 2;
            dropped += (v.len() - keep) as u64;
            v.truncate(keep);
        }
    }
    let rest: u64 = v.iter().map(|n| n.weight()).sum();
    println!("allocated={} dropped={} left={}", allocated, dropped, v.len());
    println!("sum={} rest={}", sum, rest);
}
