// Covers: arbitrary-precision unsigned integer in Vec<u32> base 1e9: add, mul by small, full mul, factorial 50!, 2^200, fibonacci(300), Display impl.
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
struct Big(Vec<u32>);

const BASE: u64 = 1_000_000_000;

impl Big {
    fn from(n: u64) -> Big {
        let mut v = Vec::new();
        let mut n = n;
        if n == 0 {
            v.push(0);
        }
        while n > 0 {
            v.push((n % BASE) as u32);
            n /= BASE;
        }
        Big(v)
    }
    fn add(&self, o: &Big) -> Big {
        let mut r = Vec::new();
        let mut carry = 0u64;
        for i in 0..self.0.len().max(o.0.len()) {
            let s = carry + *self.0.get(i).unwrap_or(&0) as u64 + *o.0.get(i).unwrap_or(&0) as u64;
            r.push((s % BASE) as u32);
            carry = s / BASE;
        }
        if carry > 0 {
            r.push(carry as u32);
        }
        Big(r)
    }
    fn mul_small(&self, k: u32) -> Big {
        let mut r = Vec::new();
        let mut carry = 0u64;
        for &d in &self.0 {
            let p = d as u64 * k as u64 + carry;
            r.push((p % BASE) as u32);
            carry = p / BASE;
        }
        while carry > 0 {
            r.push((carry % BASE) as u32);
            carry /= BASE;
        }
        Big(r).trim()
    }
    fn mul(&self, o: &Big) -> Big {
        let mut r = vec![0u64; self.0.len() + o.0.len() + 1];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.0.iter().enumerate() {
                let cur = r[i + j] + a as u64 * b as u64 + carry;
                r[i + j] = cur % BASE;
                carry = cur / BASE;
            }
            let mut k = i + o.0.len();
            while carry > 0 {
                let cur = r[k] + carry;
                r[k] = cur % BASE;
                carry = cur / BASE;
                k += 1;
            }
        }
        Big(r.into_iter().map(|x| x as u32).collect()).trim()
    }
    fn trim(mut self) -> Big {
        while self.0.len() > 1 && *self.0.last().unwrap() == 0 {
            self.0.pop();
        }
        self
    }
    fn digit_sum(&self) -> u32 {
        self.to_string().bytes().map(|b| (b - b'0') as u32).sum()
    }
}

impl fmt::Display for Big {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut s = format!("{}", self.0.last().unwrap());
        for d in self.0.iter().rev().skip(1) {
            s.push_str(&format!("{:09}", d));
        }
        f.pad(&s)
    }
}

fn main() {
    let mut f = Big::from(1);
    for i in 1..=50 {
        f = f.mul_small(i);
    }
    println!("50! = {}", f);
    println!("digit sum of 50! = {}", f.digit_sum());
    let mut p = Big::from(1);
    for _ in 0..200 {
        p = p.mul_small(2);
    }
    println!("2^200 = {}", p);
    let (mut a, mut b) = (Big::from(0), Big::from(1));
    for _ in 0..300 {
        let c = a.add(&b);
        a = b;
        b = c;
    }
    println!("fib(300) = {}", a);
    let x = Big::from(123456789012345678);
    let y = Big::from(987654321098765432);
    println!("x*y = {}", x.mul(&y));
    println!("check: {}", (123456789012345678u128 * 987654321098765432u128));
    println!("(2^200)^2 has {} digits", p.mul(&p).to_string().len());
    println!("[{:>30}]", Big::from(1234567890123));
}
