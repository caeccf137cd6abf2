// Iterator chains over vectors: map, filter, zip, fold, flat_map, windows, chunks, enumerate,
// sum, rev, take_while, skip, step_by, max_by_key; about 100,000 elements of work in total.

fn main() {
    let n = 25_000u64;
    let a: Vec<u64> = (0..n).map(|i| (i * 7919) % 10_007).collect();
    let b: Vec<u64> = (0..n).rev().map(|i| i ^ 0x5555).collect();

    // map + filter + sum
    let even_sq: u64 = a.iter().map(|x| x * x).filter(|x| x % 2 == 0).sum();

    // zip + fold
    let dot = a.iter().zip(b.iter()).fold(0u64, |acc, (x, y)| acc.wrapping_add(x * y));

    // windows + enumerate
    let rises: u64 =
        a.windows(2).enumerate().filter(|(_, w)| w[1] > w[0]).map(|(i, _)| i as u64).sum();

    // flat_map over small ranges
    let flat: u64 = (0..2_000u64).flat_map(|i| (0..i % 10).map(move |j| i * j)).sum();

    // chunks + max + min
    let chunk_spread: u64 =
        a.chunks(64).map(|c| c.iter().max().unwrap() - c.iter().min().unwrap()).sum();

    // step_by + skip + take_while + rev
    let stepped: u64 =
        b.iter().rev().skip(100).step_by(3).take_while(|&&x| x < 30_000).copied().sum();

    // collect into Vec of pairs, then max_by_key / position / any / all
    let pairs: Vec<(usize, u64)> =
        a.iter().copied().enumerate().filter(|(i, _)| i % 5 == 0).collect();
    let best = pairs.iter().max_by_key(|p| (p.1, p.0)).unwrap();
    let pos = a.iter().position(|&x| x == 5000);
    let any_big = b.iter().any(|&x| x > 30_000);
    let all_small = a.iter().all(|&x| x < 10_007);

    // chain + scan + count
    let prefix_over = a.iter().chain(b.iter()).scan(0u64, |s, &x| {
        *s = s.wrapping_add(x) % 1_000_003;
        Some(*s)
    }).filter(|&s| s > 500_000).count();

    println!("even_sq={} dot={} rises={} flat={}", even_sq, dot, rises, flat);
    println!("chunk_spread={} stepped={} best={:?} pos={:?}", chunk_spread, stepped, best, pos);
    println!("any_big={} all_small={} prefix_over={}", any_big, all_small, prefix_over);
}
