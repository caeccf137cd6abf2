// Covers: matrix multiplication, transpose, determinant (Gaussian elimination with f64), identity checks, integer matrix power.
type M = Vec<Vec<f64>>;

fn mul(a: &M, b: &M) -> M {
    let n = a.len();
    let m = b[0].len();
    let k = b.len();
    let mut c = vec![vec![0.0; m]; n];
    for i in 0..n {
        for j in 0..m {
            for t in 0..k {
                c[i][j] += a[i][t] * b[t][j];
            }
        }
    }
    c
}

fn transpose(a: &M) -> M {
    (0..a[0].len()).map(|j| a.iter().map(|r| r[j]).collect()).collect()
}

fn det(mut a: M) -> f64 {
    let n = a.len();
    let mut d = 1.0;
    for col in 0..n {
        let piv = (col..n).max_by(|&x, &y| a[x][col].abs().total_cmp(&a[y][col].abs())).unwrap();
        if a[piv][col].abs() < 1e-12 {
            return 0.0;
        }
        if piv != col {
            a.swap(piv, col);
            d = -d;
        }
        d *= a[col][col];
        for r in (col + 1)..n {
            let f = a[r][col] / a[col][col];
            for c in col..n {
                a[r][c] -= f * a[col][c];
            }
        }
    }
    d
}

fn show(name: &str, m: &M) {
    println!("{}:", name);
    for r in m {
        println!("  [{}]", r.iter().map(|v| format!("{:8.3}", v)).collect::<Vec<_>>().join(" "));
    }
}

fn mat_pow(base: [[u64; 2]; 2], mut e: u32) -> [[u64; 2]; 2] {
    let mut r = [[1, 0], [0, 1]];
    let mut b = base;
    let m2 = |x: [[u64; 2]; 2], y: [[u64; 2]; 2]| {
        let mut z = [[0u64; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                z[i][j] = (0..2).map(|k| x[i][k] * y[k][j] % 1_000_000_007).sum::<u64>() % 1_000_000_007;
            }
        }
        z
    };
    while e > 0 {
        if e & 1 == 1 {
            r = m2(r, b);
        }
        b = m2(b, b);
        e >>= 1;
    }
    r
}

fn main() {
    let a: M = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]];
    let b: M = vec![vec![7.0, 8.0], vec![9.0, 10.0], vec![11.0, 12.0]];
    show("a*b", &mul(&a, &b));
    show("b^T", &transpose(&b));
    let sq: M = vec![vec![2.0, -1.0, 0.0], vec![-1.0, 2.0, -1.0], vec![0.0, -1.0, 2.0]];
    println!("det(sq) = {:.6}", det(sq.clone()));
    println!("det(a*b) = {:.6}", det(mul(&a, &b)));
    let singular: M = vec![vec![1.0, 2.0], vec![2.0, 4.0]];
    println!("det(singular) = {}", det(singular));
    let hilbert: M = (0..5).map(|i| (0..5).map(|j| 1.0 / (i + j + 1) as f64).collect()).collect();
    println!("det(hilbert5) = {:e}", det(hilbert));
    show("sq*sq", &mul(&sq, &sq));
    for n in [10u32, 50, 90, 1000] {
        println!("fib({}) mod p = {}", n, mat_pow([[1, 1], [1, 0]], n)[0][1]);
    }
}
