// Covers: sieve of Eratosthenes with Vec<bool>, prime counting, twin primes, prime factorization, goldbach check.
fn sieve(n: usize) -> Vec<bool> {
    let mut is = vec![true; n + 1];
    is[0] = false;
    if n >= 1 {
        is[1] = false;
    }
    let mut i = 2;
    while i * i <= n {
        if is[i] {
            let mut j = i * i;
            while j <= n {
                is[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is
}

fn factorize(mut n: u64) -> Vec<(u64, u32)> {
    let mut out = Vec::new();
    let mut p = 2;
    while p * p <= n {
        let mut e = 0;
        while n % p == 0 {
            n /= p;
            e += 1;
        }
        if e > 0 {
            out.push((p, e));
        }
        p += 1;
    }
    if n > 1 {
        out.push((n, 1));
    }
    out
}

fn main() {
    let n = 10_000;
    let s = sieve(n);
    let primes: Vec<usize> = (0..=n).filter(|&i| s[i]).collect();
    println!("primes <= {}: {}", n, primes.len());
    println!("first 20: {:?}", &primes[..20]);
    println!("last 5: {:?}", &primes[primes.len() - 5..]);
    let twins: Vec<(usize, usize)> = primes.windows(2).filter(|w| w[1] - w[0] == 2).map(|w| (w[0], w[1])).collect();
    println!("twin pairs: {} last {:?}", twins.len(), twins.last());
    let max_gap = primes.windows(2).map(|w| (w[1] - w[0], w[0])).max().unwrap();
    println!("max gap {:?}", max_gap);
    for m in [360u64, 9973, 1_000_000, 600851475143, 2u64.pow(31) - 1] {
        let f = factorize(m);
        let shown: Vec<String> = f.iter().map(|(p, e)| if *e > 1 { format!("{}^{}", p, e) } else { p.to_string() }).collect();
        println!("{} = {}", m, shown.join(" * "));
    }
    let ok = (4..=1000).step_by(2).all(|even| primes.iter().take_while(|&&p| p <= even / 2).any(|&p| s[even - p]));
    println!("goldbach holds up to 1000: {}", ok);
    let sum: usize = primes.iter().take_while(|&&p| p < 2000).sum();
    println!("sum of primes < 2000: {}", sum);
}
