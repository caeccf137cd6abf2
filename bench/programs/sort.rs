// Sorts 100,000 pseudo-random integers with `sort_unstable` and with `sort` (the stable sort)
// and prints checksums.

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

fn checksum(v: &[u64]) -> u64 {
    v.iter()
        .enumerate()
        .fold(0u64, |acc, (i, &x)| acc.wrapping_mul(31).wrapping_add(x ^ i as u64))
}

fn main() {
    const N: usize = 100_000;
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let data: Vec<u64> = (0..N).map(|_| rng.next() % 1_000_000).collect();

    let mut a = data.clone();
    a.sort_unstable();
    assert!(a.windows(2).all(|w| w[0] <= w[1]));

    // The stable sort, on the same numbers mapped to descending order.
    let mut b: Vec<u64> = data.iter().map(|&x| u64::MAX - x).collect();
    b.sort();
    assert!(b.iter().rev().map(|&x| u64::MAX - x).eq(a.iter().copied()));

    println!("min={} max={} median={}", a[0], a[N - 1], a[N / 2]);
    println!("sort_unstable checksum={}", checksum(&a));
    println!("sort checksum={}", checksum(&b));
}
