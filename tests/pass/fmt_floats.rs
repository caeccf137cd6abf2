// Covers: float formatting: default, precision, width, {:e}/{:E}, {:?}, huge/tiny, NaN, inf, -0.0, subnormals, f32 vs f64.
fn main() {
    let vals: [f64; 16] = [
        0.0, -0.0, 1.0, -1.5, 0.1, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e15, 1e16, 1e21, 1e-7, 123456789.125, f64::MAX, f64::MIN_POSITIVE,
    ];
    for v in vals {
        println!("{} | {:?} | {:.3} | {:e} | {:E} | {:12.4} | {:<12.2}| {:+.1}", v, v, v, v, v, v, v, v);
    }
    let specials = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.0, 5e-324, f64::EPSILON];
    for v in specials {
        println!("{} {:?} {:.2} {:e} [{:>8}] [{:<8}] [{:+}]", v, v, v, v, v, v, v);
    }
    let fs: [f32; 8] = [0.1, 1.0 / 3.0, 16777216.0, 3.4028235e38, 1e-45, -2.5, f32::NAN, 7.0];
    for v in fs {
        println!("f32 {} {:?} {:e} {:.10}", v, v, v, v);
    }
    println!("[{:08.3}] [{:08.3}] [{:+08.2}] [{:08}]", 3.14159, -3.14159, 2.5, -1.0);
    println!("[{:^10.1}] [{:*>10.3}] [{:#<10}]", 9.99, 0.5, 1.25);
    println!("rounding: {:.0} {:.0} {:.0} {:.0} {:.1} {:.1} {:.2}", 0.5, 1.5, 2.5, -0.5, 0.25, 0.35, 1.005);
    let prec = 5;
    let width = 12;
    println!("[{:width$.prec$}] [{:>1$.2$}]", 2.0f64.sqrt(), 11, 4);
    println!("[{:.*e}] [{:.*}]", 3, 1234.5678, 1, -0.06);
    println!("{:e} {:e} {:e} {:e}", 1.0, 10.0, 0.00123, 123e100);
    println!("{:.2e} {:.0e} {:10.3E}|", 123456.0, 5.5, 0.000321);
    println!("{:?} {:?} {:?}", 1e300 * 10.0, -1e300 * 1e300, 1.0e-320);
    println!("{:?} {:?} {:?} {:?}", 1e7, 1e16, 1.5e-5, 0.3f32);
    println!("{} {} {}", f64::MAX, f64::MIN, f32::MAX);
    println!("{} {}", f64::MIN_POSITIVE, 1e-300);
    println!("{:?} {}", 0.1f32 as f64, 0.1f32 as f64);
    println!("{:5}|{:<5}|{:^5}|{:>5}|", f64::NAN, f64::INFINITY, -0.0, 1.0);
    println!("{:05}|{:05}|{:+05}", f64::NAN, f64::NEG_INFINITY, 0.0);
    let sum: f64 = (1..=10).map(|i| 1.0 / i as f64).sum();
    println!("harmonic(10) = {} = {:.15} = {:e}", sum, sum, sum);
}
