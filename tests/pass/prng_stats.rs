// Covers: deterministic PRNG (PCG32 and SplitMix64), uniform ints in range, floats in [0,1), histogram rendering, mean/variance/stddev, Fisher-Yates shuffle.
struct Pcg32 {
    state: u64,
    inc: u64,
}

impl Pcg32 {
    fn new(seed: u64, seq: u64) -> Self {
        let mut r = Pcg32 { state: 0, inc: (seq << 1) | 1 };
        r.next_u32();
        r.state = r.state.wrapping_add(seed);
        r.next_u32();
        r
    }
    fn next_u32(&mut self) -> u32 {
        let old = self.state;
        self.state = old.wrapping_mul(6364136223846793005).wrapping_add(self.inc);
        let xorshifted = (((old >> 18) ^ old) >> 27) as u32;
        let rot = (old >> 59) as u32;
        xorshifted.rotate_right(rot)
    }
    fn below(&mut self, n: u32) -> u32 {
        let threshold = n.wrapping_neg() % n;
        loop {
            let r = self.next_u32();
            if r >= threshold {
                return r % n;
            }
        }
    }
    fn unit(&mut self) -> f64 {
        self.next_u32() as f64 / 4294967296.0
    }
}

fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E3779B97F4A7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
    z ^ (z >> 31)
}

fn main() {
    let mut rng = Pcg32::new(42, 54);
    let first: Vec<u32> = (0..6).map(|_| rng.next_u32()).collect();
    println!("pcg32 first {:08x?}", first);
    let mut hist = [0u32; 10];
    for _ in 0..5000 {
        hist[rng.below(10) as usize] += 1;
    }
    for (i, h) in hist.iter().enumerate() {
        println!("{} {:>4} {}", i, h, "#".repeat((*h / 20) as usize));
    }
    let samples: Vec<f64> = (0..2000).map(|_| rng.unit()).collect();
    let mean = samples.iter().sum::<f64>() / samples.len() as f64;
    let var = samples.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (samples.len() - 1) as f64;
    println!("unit mean {:.6} var {:.6} sd {:.6}", mean, var, var.sqrt());
    let mut deck: Vec<u32> = (1..=20).collect();
    for i in (1..deck.len()).rev() {
        let j = rng.below(i as u32 + 1) as usize;
        deck.swap(i, j);
    }
    println!("shuffled {:?}", deck);
    let mut sorted = deck.clone();
    sorted.sort();
    println!("permutation intact {}", sorted == (1..=20).collect::<Vec<_>>());
    let mut s = 0u64;
    println!("splitmix {:016x?}", (0..4).map(|_| splitmix(&mut s)).collect::<Vec<_>>());
}
