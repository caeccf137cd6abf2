// Covers: BinaryHeap max-heap, Reverse min-heap, peek, into_sorted_vec, custom Ord items, Dijkstra on a small graph.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: u8,
    name: &'static str,
}

fn dijkstra(adj: &[Vec<(usize, u32)>], start: usize) -> Vec<Option<u32>> {
    let mut dist = vec![None; adj.len()];
    let mut heap = BinaryHeap::new();
    heap.push(Reverse((0u32, start)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if dist[u].is_some() {
            continue;
        }
        dist[u] = Some(d);
        for &(v, w) in &adj[u] {
            if dist[v].is_none() {
                heap.push(Reverse((d + w, v)));
            }
        }
    }
    dist
}

fn main() {
    let mut h = BinaryHeap::new();
    for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] {
        h.push(x);
    }
    println!("peek {:?} len {}", h.peek(), h.len());
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("popped {:?}", out);
    let mut minh: BinaryHeap<Reverse<i32>> = [7, -2, 9, 0].into_iter().map(Reverse).collect();
    minh.push(Reverse(-10));
    print!("min order:");
    while let Some(Reverse(x)) = minh.pop() {
        print!(" {}", x);
    }
    println!();
    let mut tasks = BinaryHeap::new();
    tasks.push(Task { priority: 2, name: "write" });
    tasks.push(Task { priority: 9, name: "urgent" });
    tasks.push(Task { priority: 2, name: "read" });
    tasks.push(Task { priority: 5, name: "lunch" });
    while let Some(t) = tasks.pop() {
        println!("{:?}", t);
    }
    let sorted = BinaryHeap::from(vec![10, 30, 20]).into_sorted_vec();
    println!("sorted {:?}", sorted);
    let adj = vec![
        vec![(1, 4), (2, 1)],
        vec![(3, 1)],
        vec![(1, 2), (3, 5)],
        vec![(4, 3)],
        vec![],
        vec![(0, 1)],
    ];
    let d = dijkstra(&adj, 0);
    for (i, x) in d.iter().enumerate() {
        match x {
            Some(v) => println!("dist[{}] = {}", i, v),
            None => println!("dist[{}] = unreachable", i),
        }
    }
}
