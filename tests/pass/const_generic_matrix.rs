// Covers: const-generic Matrix<R, C> with typed multiplication (R×K * K×C), transpose, identity, Display, Default-like constructors, array-of-arrays.
use std::fmt;
use std::ops::Mul;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix<const R: usize, const C: usize> {
    m: [[i64; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    fn from_fn(f: impl Fn(usize, usize) -> i64) -> Self {
        Matrix { m: std::array::from_fn(|r| std::array::from_fn(|c| f(r, c))) }
    }
    fn transpose(&self) -> Matrix<C, R> {
        Matrix::from_fn(|r, c| self.m[c][r])
    }
    fn trace(&self) -> i64 {
        (0..R.min(C)).map(|i| self.m[i][i]).sum()
    }
}

impl<const N: usize> Matrix<N, N> {
    fn identity() -> Self {
        Self::from_fn(|r, c| (r == c) as i64)
    }
    fn pow(self, mut e: u32) -> Self {
        let mut res = Self::identity();
        let mut base = self;
        while e > 0 {
            if e & 1 == 1 {
                res = res * base;
            }
            base = base * base;
            e >>= 1;
        }
        res
    }
}

impl<const R: usize, const K: usize, const C: usize> Mul<Matrix<K, C>> for Matrix<R, K> {
    type Output = Matrix<R, C>;
    fn mul(self, o: Matrix<K, C>) -> Matrix<R, C> {
        Matrix::from_fn(|r, c| (0..K).map(|k| self.m[r][k] * o.m[k][c]).sum())
    }
}

impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.m {
            writeln!(f, "  {}", row.iter().map(|v| format!("{:>6}", v)).collect::<Vec<_>>().join(""))?;
        }
        write!(f, "  ({}x{})", R, C)
    }
}

fn main() {
    let a: Matrix<2, 3> = Matrix::from_fn(|r, c| (r * 3 + c) as i64 + 1);
    let b: Matrix<3, 2> = Matrix::from_fn(|r, c| if (r + c) % 2 == 0 { 1 } else { -1 });
    println!("a =\n{}", a);
    println!("b =\n{}", b);
    println!("a*b =\n{}", a * b);
    println!("b*a =\n{}", b * a);
    println!("a^T =\n{}", a.transpose());
    println!("trace(b*a) = {}", (b * a).trace());
    let fib = Matrix::<2, 2> { m: [[1, 1], [1, 0]] };
    println!("fib^40 =\n{}", fib.pow(40));
    let rot = Matrix::<3, 3> { m: [[0, -1, 0], [1, 0, 0], [0, 0, 1]] };
    println!("rot^4 == I: {}", rot.pow(4) == Matrix::identity());
    let v: Matrix<3, 1> = Matrix { m: [[1], [2], [3]] };
    println!("rot*v =\n{}", rot * v);
    println!("size_of Matrix<4,4> = {}", std::mem::size_of::<Matrix<4, 4>>());
}
