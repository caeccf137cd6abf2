// Covers: Complex number struct with ops and Display, polynomial type (Vec<i64> coefficients) with add/mul/eval/derivative/Display, roots of unity.
use std::fmt;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct C {
    re: f64,
    im: f64,
}

impl Add for C {
    type Output = C;
    fn add(self, o: C) -> C {
        C { re: self.re + o.re, im: self.im + o.im }
    }
}
impl Mul for C {
    type Output = C;
    fn mul(self, o: C) -> C {
        C { re: self.re * o.re - self.im * o.im, im: self.re * o.im + self.im * o.re }
    }
}
impl C {
    fn abs(self) -> f64 {
        self.re.hypot(self.im)
    }
    fn polar(r: f64, t: f64) -> C {
        C { re: r * t.cos(), im: r * t.sin() }
    }
}
impl fmt::Display for C {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let p = f.precision().unwrap_or(3);
        if self.im < 0.0 {
            write!(f, "{:.*}-{:.*}i", p, self.re, p, -self.im)
        } else {
            write!(f, "{:.*}+{:.*}i", p, self.re, p, self.im)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Poly(Vec<i64>);

impl Poly {
    fn trim(mut self) -> Poly {
        while self.0.len() > 1 && *self.0.last().unwrap() == 0 {
            self.0.pop();
        }
        self
    }
    fn eval(&self, x: i64) -> i64 {
        self.0.iter().rev().fold(0, |acc, &c| acc * x + c)
    }
    fn deriv(&self) -> Poly {
        Poly(self.0.iter().enumerate().skip(1).map(|(i, &c)| c * i as i64).collect()).trim()
    }
}
impl Add for &Poly {
    type Output = Poly;
    fn add(self, o: &Poly) -> Poly {
        let n = self.0.len().max(o.0.len());
        Poly((0..n).map(|i| self.0.get(i).unwrap_or(&0) + o.0.get(i).unwrap_or(&0)).collect()).trim()
    }
}
impl Mul for &Poly {
    type Output = Poly;
    fn mul(self, o: &Poly) -> Poly {
        let mut r = vec![0; self.0.len() + o.0.len() - 1];
        for (i, a) in self.0.iter().enumerate() {
            for (j, b) in o.0.iter().enumerate() {
                r[i + j] += a * b;
            }
        }
        Poly(r).trim()
    }
}
impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut terms = Vec::new();
        for (i, &c) in self.0.iter().enumerate().rev() {
            if c == 0 && self.0.len() > 1 {
                continue;
            }
            let t = match i {
                0 => format!("{}", c),
                1 => format!("{}x", c),
                _ => format!("{}x^{}", c, i),
            };
            terms.push(t);
        }
        write!(f, "{}", terms.join(" + ").replace("+ -", "- "))
    }
}

fn main() {
    let a = C { re: 1.0, im: 2.0 };
    let b = C { re: -0.5, im: 0.25 };
    println!("a={} b={} a+b={} a*b={:.4} |a|={:.6}", a, b, a + b, a * b, a.abs());
    let n = 6;
    let roots: Vec<C> = (0..n).map(|k| C::polar(1.0, 2.0 * std::f64::consts::PI * k as f64 / n as f64)).collect();
    for (k, r) in roots.iter().enumerate() {
        let mut p = C { re: 1.0, im: 0.0 };
        for _ in 0..n {
            p = p * *r;
        }
        println!("root {} = {:.5}  ^{} = {:.3}", k, r, n, p);
    }
    let sum = roots.iter().fold(C { re: 0.0, im: 0.0 }, |s, r| s + *r);
    println!("sum of roots |.| < 1e-12: {}", sum.abs() < 1e-12);
    let p = Poly(vec![1, -3, 0, 2]);
    let q = Poly(vec![-1, 1]);
    println!("p = {}", p);
    println!("q = {}", q);
    println!("p+q = {}", &p + &q);
    println!("p*q = {}", &p * &q);
    println!("p' = {}", p.deriv());
    println!("p(x) for x in -2..=2: {:?}", (-2..=2).map(|x| p.eval(x)).collect::<Vec<_>>());
    let mut binom = Poly(vec![1]);
    for _ in 0..10 {
        binom = &binom * &Poly(vec![1, 1]);
    }
    println!("(1+x)^10 = {}", binom);
}
