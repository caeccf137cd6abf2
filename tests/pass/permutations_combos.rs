// Covers: lexicographic next_permutation on slices, combinations via index vectors, binomial coefficients table (Pascal), k-th permutation by factorial number system.
fn next_permutation<T: Ord>(v: &mut [T]) -> bool {
    if v.len() < 2 {
        return false;
    }
    let mut i = v.len() - 1;
    while i > 0 && v[i - 1] >= v[i] {
        i -= 1;
    }
    if i == 0 {
        v.reverse();
        return false;
    }
    let mut j = v.len() - 1;
    while v[j] <= v[i - 1] {
        j -= 1;
    }
    v.swap(i - 1, j);
    v[i..].reverse();
    true
}

fn combinations(n: usize, k: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut idx: Vec<usize> = (0..k).collect();
    loop {
        out.push(idx.clone());
        let mut i = k;
        while i > 0 && idx[i - 1] == n - k + i - 1 {
            i -= 1;
        }
        if i == 0 {
            return out;
        }
        idx[i - 1] += 1;
        for j in i..k {
            idx[j] = idx[j - 1] + 1;
        }
    }
}

fn kth_perm(mut items: Vec<char>, mut k: usize) -> String {
    let mut fact = vec![1usize; items.len() + 1];
    for i in 1..=items.len() {
        fact[i] = fact[i - 1] * i;
    }
    let mut out = String::new();
    for i in (0..items.len()).rev() {
        let idx = k / fact[i];
        k %= fact[i];
        out.push(items.remove(idx));
    }
    out
}

fn main() {
    let mut v = vec!['a', 'b', 'c', 'd'];
    let mut all = vec![v.iter().collect::<String>()];
    while next_permutation(&mut v) {
        all.push(v.iter().collect());
    }
    println!("{} permutations: {}", all.len(), all.join(" "));
    println!("after wrap: {:?}", v);
    let mut dup = vec![1, 1, 2, 2];
    let mut count = 1;
    while next_permutation(&mut dup) {
        count += 1;
    }
    println!("distinct perms of [1,1,2,2]: {}", count);
    let c = combinations(5, 3);
    println!("C(5,3) = {}: {:?}", c.len(), c);
    let names = ["ann", "bob", "cy", "dee"];
    for pair in combinations(4, 2) {
        print!("{}+{} ", names[pair[0]], names[pair[1]]);
    }
    println!();
    let mut pascal = vec![vec![1u64]];
    for i in 1..=15 {
        let prev = &pascal[i - 1];
        let mut row = vec![1u64; i + 1];
        for j in 1..i {
            row[j] = prev[j - 1] + prev[j];
        }
        pascal.push(row);
    }
    println!("row 15: {:?}", pascal[15]);
    println!("sum row 15 = {}", pascal[15].iter().sum::<u64>());
    for k in [0, 1, 100, 719] {
        println!("perm #{} of abcdef = {}", k, kth_perm("abcdef".chars().collect(), k));
    }
}
