// Covers: dynamic programming: longest common subsequence (with reconstruction), 0/1 knapsack, coin change count and min coins, longest increasing subsequence, edit of 2D tables.
fn lcs(a: &str, b: &str) -> String {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut t = vec![vec![0u16; b.len() + 1]; a.len() + 1];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            t[i][j] = if a[i - 1] == b[j - 1] { t[i - 1][j - 1] + 1 } else { t[i - 1][j].max(t[i][j - 1]) };
        }
    }
    let (mut i, mut j) = (a.len(), b.len());
    let mut out = Vec::new();
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            out.push(a[i - 1]);
            i -= 1;
            j -= 1;
        } else if t[i - 1][j] >= t[i][j - 1] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    out.iter().rev().collect()
}

fn knapsack(items: &[(usize, u32)], cap: usize) -> (u32, Vec<usize>) {
    let n = items.len();
    let mut dp = vec![vec![0u32; cap + 1]; n + 1];
    for i in 1..=n {
        let (w, v) = items[i - 1];
        for c in 0..=cap {
            dp[i][c] = dp[i - 1][c];
            if w <= c {
                dp[i][c] = dp[i][c].max(dp[i - 1][c - w] + v);
            }
        }
    }
    let mut chosen = Vec::new();
    let mut c = cap;
    for i in (1..=n).rev() {
        if dp[i][c] != dp[i - 1][c] {
            chosen.push(i - 1);
            c -= items[i - 1].0;
        }
    }
    chosen.reverse();
    (dp[n][cap], chosen)
}

fn coin_ways(coins: &[usize], target: usize) -> u64 {
    let mut ways = vec![0u64; target + 1];
    ways[0] = 1;
    for &c in coins {
        for x in c..=target {
            ways[x] += ways[x - c];
        }
    }
    ways[target]
}

fn min_coins(coins: &[usize], target: usize) -> Option<usize> {
    let mut best = vec![usize::MAX; target + 1];
    best[0] = 0;
    for x in 1..=target {
        for &c in coins {
            if c <= x && best[x - c] != usize::MAX {
                best[x] = best[x].min(best[x - c] + 1);
            }
        }
    }
    if best[target] == usize::MAX { None } else { Some(best[target]) }
}

fn lis(v: &[i32]) -> Vec<i32> {
    let mut tails: Vec<i32> = Vec::new();
    let mut idx: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; v.len()];
    for (i, &x) in v.iter().enumerate() {
        let pos = tails.partition_point(|&t| t < x);
        if pos == tails.len() {
            tails.push(x);
            idx.push(i);
        } else {
            tails[pos] = x;
            idx[pos] = i;
        }
        if pos > 0 {
            prev[i] = idx[pos - 1];
        }
    }
    let mut out = Vec::new();
    let mut k = *idx.last().unwrap();
    loop {
        out.push(v[k]);
        if prev[k] == usize::MAX {
            break;
        }
        k = prev[k];
    }
    out.reverse();
    out
}

fn main() {
    println!("lcs = {:?}", lcs("AGGTABQXYZ", "GXTXAYBQZ"));
    println!("lcs = {:?}", lcs("the quick brown fox", "a quick bright fix"));
    let items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)];
    println!("knapsack(15) = {:?}", knapsack(&items, 15));
    println!("knapsack(5) = {:?}", knapsack(&items, 5));
    println!("coin ways 100 = {}", coin_ways(&[1, 5, 10, 25, 50], 100));
    println!("coin ways 300 = {}", coin_ways(&[1, 2, 5, 10, 20, 50, 100, 200], 300));
    println!("min coins 63 = {:?}", min_coins(&[1, 5, 10, 21, 25], 63));
    println!("min coins 7 with [2,4] = {:?}", min_coins(&[2, 4], 7));
    println!("lis = {:?}", lis(&[10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]));
}
