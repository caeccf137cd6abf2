// Covers: interval merging, sweep line for max overlap, two-pointer sum search, sliding window maximum with VecDeque, prefix sums and range queries.
use std::collections::VecDeque;

fn merge(mut v: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    v.sort();
    let mut out: Vec<(i32, i32)> = Vec::new();
    for (s, e) in v {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

fn max_overlap(v: &[(i32, i32)]) -> (usize, i32) {
    let mut events: Vec<(i32, i32)> = v.iter().flat_map(|&(s, e)| [(s, 1), (e, -1)]).collect();
    events.sort();
    let (mut cur, mut best, mut at) = (0, 0, 0);
    for (t, d) in events {
        cur += d;
        if cur > best {
            best = cur;
            at = t;
        }
    }
    (best as usize, at)
}

fn two_sum_sorted(v: &[i32], target: i32) -> Vec<(i32, i32)> {
    let (mut i, mut j) = (0, v.len() - 1);
    let mut out = Vec::new();
    while i < j {
        let s = v[i] + v[j];
        if s == target {
            out.push((v[i], v[j]));
            i += 1;
            j -= 1;
        } else if s < target {
            i += 1;
        } else {
            j -= 1;
        }
    }
    out
}

fn window_max(v: &[i32], k: usize) -> Vec<i32> {
    let mut dq: VecDeque<usize> = VecDeque::new();
    let mut out = Vec::new();
    for i in 0..v.len() {
        while dq.front().is_some_and(|&f| f + k <= i) {
            dq.pop_front();
        }
        while dq.back().is_some_and(|&b| v[b] <= v[i]) {
            dq.pop_back();
        }
        dq.push_back(i);
        if i + 1 >= k {
            out.push(v[dq[0]]);
        }
    }
    out
}

fn main() {
    let iv = vec![(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9), (-5, -1)];
    println!("merged {:?}", merge(iv.clone()));
    println!("max overlap {:?}", max_overlap(&iv));
    let sorted = [-4, -1, 0, 2, 3, 5, 6, 9, 11];
    println!("two sum 5 {:?}", two_sum_sorted(&sorted, 5));
    let data = [1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0];
    println!("window max k=3 {:?}", window_max(&data, 3));
    println!("window max k=5 {:?}", window_max(&data, 5));
    let prefix: Vec<i64> = std::iter::once(0).chain(data.iter().scan(0i64, |s, &x| { *s += x as i64; Some(*s) })).collect();
    println!("prefix {:?}", prefix);
    for (l, r) in [(0, 3), (2, 7), (5, 12)] {
        println!("sum[{}..{}] = {}", l, r, prefix[r] - prefix[l]);
    }
    let best = (0..data.len()).flat_map(|l| (l + 1..=data.len()).map(move |r| (l, r))).max_by_key(|&(l, r)| (prefix[r] - prefix[l], std::cmp::Reverse(r - l))).unwrap();
    println!("max subarray {:?} sum {}", best, prefix[best.1] - prefix[best.0]);
}
