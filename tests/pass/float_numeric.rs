// Covers: numerical methods in f64: Kahan summation vs naive, Simpson integration, Newton's method sqrt/cube root, Leibniz/Nilakantha pi series, bisection root finding.
fn kahan(xs: &[f64]) -> f64 {
    let (mut s, mut c) = (0.0f64, 0.0f64);
    for &x in xs {
        let y = x - c;
        let t = s + y;
        c = (t - s) - y;
        s = t;
    }
    s
}

fn simpson(f: impl Fn(f64) -> f64, a: f64, b: f64, n: usize) -> f64 {
    let h = (b - a) / n as f64;
    let mut s = f(a) + f(b);
    for i in 1..n {
        s += f(a + i as f64 * h) * if i % 2 == 1 { 4.0 } else { 2.0 };
    }
    s * h / 3.0
}

fn newton(f: impl Fn(f64) -> f64, df: impl Fn(f64) -> f64, mut x: f64) -> (f64, u32) {
    for i in 1..=50 {
        let nx = x - f(x) / df(x);
        if (nx - x).abs() < 1e-15 * nx.abs().max(1.0) {
            return (nx, i);
        }
        x = nx;
    }
    (x, 50)
}

fn bisect(f: impl Fn(f64) -> f64, mut lo: f64, mut hi: f64) -> f64 {
    for _ in 0..60 {
        let mid = 0.5 * (lo + hi);
        if (f(lo) < 0.0) == (f(mid) < 0.0) { lo = mid } else { hi = mid }
    }
    0.5 * (lo + hi)
}

fn main() {
    let xs: Vec<f64> = (0..10000).map(|i| if i % 2 == 0 { 1e8 } else { 1e-8 }).collect();
    let naive: f64 = xs.iter().sum();
    println!("naive {:.10e} kahan {:.10e}", naive, kahan(&xs));
    let tenths = vec![0.1f64; 1000];
    println!("0.1 x1000 naive {} kahan {}", tenths.iter().sum::<f64>(), kahan(&tenths));
    println!("∫sin 0..π = {:.12}", simpson(f64::sin, 0.0, std::f64::consts::PI, 100));
    println!("∫x² 0..3 = {:.12}", simpson(|x| x * x, 0.0, 3.0, 10));
    println!("∫e^-x² -4..4 = {:.12} (√π = {:.12})", simpson(|x| (-x * x).exp(), -4.0, 4.0, 200), std::f64::consts::PI.sqrt());
    for a in [2.0f64, 10.0, 12345.678] {
        let (r, it) = newton(|x| x * x - a, |x| 2.0 * x, a);
        println!("sqrt({}) = {} in {} iterations (std {})", a, r, it, a.sqrt());
    }
    let (cr, it) = newton(|x| x * x * x - 2.0, |x| 3.0 * x * x, 1.0);
    println!("cbrt(2) = {} in {} iterations (std {})", cr, it, 2f64.cbrt());
    let leibniz: f64 = (0..2000).map(|k| if k % 2 == 0 { 4.0 } else { -4.0 } / (2 * k + 1) as f64).sum();
    let nila: f64 = 3.0 + (1..200).map(|k| {
        let n = 2.0 * k as f64;
        let s = if k % 2 == 1 { 4.0 } else { -4.0 };
        s / (n * (n + 1.0) * (n + 2.0))
    }).sum::<f64>();
    println!("pi leibniz {:.10} nilakantha {:.14}", leibniz, nila);
    println!("root of x^3-x-2 = {:.15}", bisect(|x| x * x * x - x - 2.0, 1.0, 2.0));
    println!("root of cos x - x = {:.15}", bisect(|x| x.cos() - x, 0.0, 1.0));
}
