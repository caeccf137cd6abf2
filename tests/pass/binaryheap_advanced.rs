// Covers: BinaryHeap peek_mut (modify top), into_vec, retain, append, extend, drain, from array, k largest/smallest, merging sorted lists with a heap.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn merge_sorted(lists: Vec<Vec<i32>>) -> Vec<i32> {
    let mut heap = BinaryHeap::new();
    for (i, l) in lists.iter().enumerate() {
        if let Some(&x) = l.first() {
            heap.push(Reverse((x, i, 0usize)));
        }
    }
    let mut out = Vec::new();
    while let Some(Reverse((x, i, j))) = heap.pop() {
        out.push(x);
        if let Some(&nx) = lists[i].get(j + 1) {
            heap.push(Reverse((nx, i, j + 1)));
        }
    }
    out
}

fn main() {
    let mut h = BinaryHeap::from([5, 1, 8, 3, 9, 2]);
    if let Some(mut top) = h.peek_mut() {
        *top = 0;
    }
    println!("after peek_mut top is {:?}", h.peek());
    let mut v = h.clone().into_vec();
    v.sort();
    println!("into_vec sorted {:?}", v);
    h.retain(|&x| x % 2 == 1);
    println!("retain odd -> sorted {:?}", h.clone().into_sorted_vec());
    let mut other = BinaryHeap::from(vec![100, 50]);
    h.append(&mut other);
    h.extend([7, 77]);
    println!("len {} peek {:?} other empty {}", h.len(), h.peek(), other.is_empty());
    let mut drained: Vec<i32> = h.drain().collect();
    drained.sort_unstable();
    println!("drained {:?} heap empty {}", drained, h.is_empty());
    let data = [15, 3, 99, 42, 7, 61, 28, 5, 88, 13];
    let mut minheap = BinaryHeap::new();
    for &x in &data {
        minheap.push(Reverse(x));
        if minheap.len() > 3 {
            minheap.pop();
        }
    }
    let mut top3: Vec<i32> = minheap.into_iter().map(|Reverse(x)| x).collect();
    top3.sort_unstable_by(|a, b| b.cmp(a));
    println!("3 largest {:?}", top3);
    let smallest: Vec<i32> = {
        let mut mh: BinaryHeap<Reverse<i32>> = data.iter().map(|&x| Reverse(x)).collect();
        (0..4).filter_map(|_| mh.pop().map(|Reverse(x)| x)).collect()
    };
    println!("4 smallest {:?}", smallest);
    println!("merged {:?}", merge_sorted(vec![vec![1, 4, 9], vec![2, 3, 10, 11], vec![], vec![0, 5]]));
    let mut strings: BinaryHeap<(usize, &str)> = ["pear", "fig", "banana", "kiwi"].iter().map(|s| (s.len(), *s)).collect();
    print!("by length desc:");
    while let Some((l, s)) = strings.pop() {
        print!(" {}({})", s, l);
    }
    println!();
}
