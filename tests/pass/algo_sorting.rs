// Covers: hand-written sorting algorithms (insertion, merge, quick, heap, counting) on a pseudo-random deterministic sequence, verified against slice::sort.
fn lcg(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

fn insertion(v: &mut [i64]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn merge_sort(v: &[i64]) -> Vec<i64> {
    if v.len() <= 1 {
        return v.to_vec();
    }
    let (l, r) = v.split_at(v.len() / 2);
    let (l, r) = (merge_sort(l), merge_sort(r));
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < l.len() && j < r.len() {
        if l[i] <= r[j] {
            out.push(l[i]);
            i += 1;
        } else {
            out.push(r[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&l[i..]);
    out.extend_from_slice(&r[j..]);
    out
}

fn quick(v: &mut [i64]) {
    if v.len() <= 1 {
        return;
    }
    let last = v.len() - 1;
    v.swap(v.len() / 2, last);
    let p = v[last];
    let mut store = 0;
    for i in 0..last {
        if v[i] < p {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, last);
    let (l, r) = v.split_at_mut(store);
    quick(l);
    quick(&mut r[1..]);
}

fn heap_sort(v: &mut [i64]) {
    fn sift(v: &mut [i64], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                break;
            }
            if child + 1 < end && v[child] < v[child + 1] {
                child += 1;
            }
            if v[root] >= v[child] {
                break;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

fn counting(v: &[i64], max: usize) -> Vec<i64> {
    let mut counts = vec![0usize; max + 1];
    for &x in v {
        counts[x as usize] += 1;
    }
    counts.iter().enumerate().flat_map(|(i, &c)| std::iter::repeat(i as i64).take(c)).collect()
}

fn main() {
    let mut seed = 42;
    let data: Vec<i64> = (0..200).map(|_| (lcg(&mut seed) % 1000) as i64).collect();
    println!("first 10 inputs {:?}", &data[..10]);
    let mut expected = data.clone();
    expected.sort();
    let mut a = data.clone();
    insertion(&mut a);
    println!("insertion ok {}", a == expected);
    println!("merge ok {}", merge_sort(&data) == expected);
    let mut q = data.clone();
    quick(&mut q);
    println!("quick ok {}", q == expected);
    let mut h = data.clone();
    heap_sort(&mut h);
    println!("heap ok {}", h == expected);
    println!("counting ok {}", counting(&data, 999) == expected);
    println!("min {} max {} median {}", expected[0], expected[199], expected[100]);
    let distinct = { let mut d = expected.clone(); d.dedup(); d.len() };
    println!("distinct {}", distinct);
}
