// Covers: a Rational number type: normalization with gcd, Add/Sub/Mul/Div/Neg ops, Ord via cross multiplication, Display, FromStr, sum of harmonic series exactly, Egyptian fractions.
use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Div, Mul, Neg, Sub};
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Q {
    n: i128,
    d: i128,
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Q {
    fn new(n: i128, d: i128) -> Q {
        assert!(d != 0, "zero denominator");
        let g = gcd(n, d).max(1);
        let s = if d < 0 { -1 } else { 1 };
        Q { n: s * n / g, d: s * d / g }
    }
    fn int(n: i128) -> Q {
        Q::new(n, 1)
    }
}

impl Add for Q {
    type Output = Q;
    fn add(self, o: Q) -> Q {
        Q::new(self.n * o.d + o.n * self.d, self.d * o.d)
    }
}
impl Sub for Q {
    type Output = Q;
    fn sub(self, o: Q) -> Q {
        self + -o
    }
}
impl Neg for Q {
    type Output = Q;
    fn neg(self) -> Q {
        Q { n: -self.n, d: self.d }
    }
}
impl Mul for Q {
    type Output = Q;
    fn mul(self, o: Q) -> Q {
        Q::new(self.n * o.n, self.d * o.d)
    }
}
impl Div for Q {
    type Output = Q;
    fn div(self, o: Q) -> Q {
        Q::new(self.n * o.d, self.d * o.n)
    }
}
impl PartialOrd for Q {
    fn partial_cmp(&self, o: &Q) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Q {
    fn cmp(&self, o: &Q) -> Ordering {
        (self.n * o.d).cmp(&(o.n * self.d))
    }
}
impl fmt::Display for Q {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.d == 1 { write!(f, "{}", self.n) } else { write!(f, "{}/{}", self.n, self.d) }
    }
}
impl FromStr for Q {
    type Err = String;
    fn from_str(s: &str) -> Result<Q, String> {
        match s.split_once('/') {
            Some((a, b)) => {
                let d: i128 = b.trim().parse().map_err(|e| format!("{}", e))?;
                if d == 0 {
                    return Err("zero denominator".into());
                }
                Ok(Q::new(a.trim().parse().map_err(|e| format!("{}", e))?, d))
            }
            None => s.trim().parse().map(Q::int).map_err(|e| format!("{}", e)),
        }
    }
}

fn egyptian(mut q: Q) -> Vec<Q> {
    let mut out = Vec::new();
    while q.n != 0 {
        let c = (q.d + q.n - 1) / q.n;
        let u = Q::new(1, c);
        out.push(u);
        q = q - u;
    }
    out
}

fn main() {
    let a = Q::new(6, -8);
    let b: Q = "5/12".parse().unwrap();
    println!("a={} b={} a+b={} a-b={} a*b={} a/b={}", a, b, a + b, a - b, a * b, a / b);
    println!("cmp {:?} max {}", a.cmp(&b), a.max(b));
    let h = (1..=20).map(|k| Q::new(1, k)).fold(Q::int(0), |s, x| s + x);
    println!("H(20) = {} ≈ {:.6}", h, h.n as f64 / h.d as f64);
    let mut qs: Vec<Q> = ["1/3", "2/7", "-1/2", "3", "5/15", "22/7"].iter().map(|s| s.parse().unwrap()).collect();
    qs.sort();
    println!("sorted {}", qs.iter().map(|q| q.to_string()).collect::<Vec<_>>().join(", "));
    qs.dedup();
    println!("dedup len {}", qs.len());
    for s in ["4/13", "5/6", "7/15"] {
        let q: Q = s.parse().unwrap();
        println!("{} = {}", q, egyptian(q).iter().map(|u| u.to_string()).collect::<Vec<_>>().join(" + "));
    }
    println!("parse errors {:?} {:?}", "1/0".parse::<Q>(), "x/2".parse::<Q>());
    let mut cf = Q::int(1);
    for _ in 0..20 {
        cf = Q::int(1) + Q::int(1) / cf;
    }
    println!("golden ratio convergent {} ≈ {}", cf, cf.n as f64 / cf.d as f64);
}
