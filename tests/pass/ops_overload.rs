// Covers: operator overloading: Add, Sub, Mul (vector*scalar and dot), Neg, Index, IndexMut, AddAssign, MulAssign, Not, Rem, PartialEq, Display.
use std::fmt;
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, MulAssign, Neg, Not, Rem, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: f64,
    y: f64,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}
impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}
impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}
impl Mul<V2> for f64 {
    type Output = V2;
    fn mul(self, v: V2) -> V2 {
        v * self
    }
}
impl Mul for V2 {
    type Output = f64;
    fn mul(self, o: V2) -> f64 {
        self.x * o.x + self.y * o.y
    }
}
impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}
impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}
impl MulAssign<f64> for V2 {
    fn mul_assign(&mut self, k: f64) {
        self.x *= k;
        self.y *= k;
    }
}
impl<'a> Add<&'a V2> for &'a V2 {
    type Output = V2;
    fn add(self, o: &V2) -> V2 {
        *self + *o
    }
}
impl fmt::Display for V2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        &self.data[r * self.cols + c]
    }
}
impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.data[r * self.cols + c]
    }
}
impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        let mut m = Matrix { rows: self.rows, cols: o.cols, data: vec![0; self.rows * o.cols] };
        for i in 0..self.rows {
            for j in 0..o.cols {
                for k in 0..self.cols {
                    m[(i, j)] += self[(i, k)] * o[(k, j)];
                }
            }
        }
        m
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Flags(u8);
impl Not for Flags {
    type Output = Flags;
    fn not(self) -> Flags {
        Flags(!self.0)
    }
}

#[derive(Debug, Clone, Copy)]
struct Mod7(u32);
impl Rem<u32> for Mod7 {
    type Output = u32;
    fn rem(self, m: u32) -> u32 {
        self.0 % m
    }
}

fn main() {
    let a = V2 { x: 1.0, y: 2.0 };
    let b = V2 { x: 0.5, y: -1.5 };
    println!("a+b = {}", a + b);
    println!("a-b = {}", a - b);
    println!("a*3 = {} 3*a = {}", a * 3.0, 3.0 * a);
    println!("a.b = {}", a * b);
    println!("-a = {}", -a);
    println!("&a+&b = {}", &a + &b);
    let mut c = a;
    c += b;
    c *= 2.0;
    println!("c = {} eq? {}", c, c == V2 { x: 3.0, y: 1.0 });
    let mut m = Matrix { rows: 2, cols: 2, data: vec![1, 1, 1, 0] };
    m[(1, 1)] = 0;
    let mut p = Matrix { rows: 2, cols: 2, data: vec![1, 0, 0, 1] };
    for _ in 0..10 {
        p = &p * &m;
    }
    println!("fib matrix^10 = {:?} ({}x{})", p.data, p.rows, p.cols);
    println!("!Flags(0b1010) = {:?}", !Flags(0b1010));
    println!("Mod7(100) % 7 = {}", Mod7(100) % 7);
    let pts = [a, b, -a];
    let sum = pts.iter().fold(V2 { x: 0.0, y: 0.0 }, |acc, p| acc + *p);
    println!("sum = {}", sum);
}
