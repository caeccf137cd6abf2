// Covers: float precision 0..=17 on tricky values (ties, 0.1, 1/3, large, small), {:e} with precision, width combined with precision and sign.
fn main() {
    let vals = [0.5f64, 1.5, 2.675, 0.1, 1.0 / 3.0, 123456.789, 9.999999, 1e-5, 5e-324, 0.125];
    for v in vals {
        let cells: Vec<String> = (0..=17).step_by(3).map(|p| format!("{:.*}", p, v)).collect();
        println!("{:?}: {}", v, cells.join(" | "));
    }
    for v in [0.000123456f64, 98765.4321, -0.0, 1e100] {
        println!("{:e} {:.0e} {:.2e} {:.5E} {:15.3e}| {:<15.1e}| {:+.2e}", v, v, v, v, v, v, v);
    }
    for p in 0..6 {
        println!("p={} [{:10.p$}] [{:<+10.p$}] [{:^10.p$}] [{:010.p$}]", p, std::f64::consts::E, -std::f64::consts::PI, 42.0, -1.5, p = p);
    }
    for v in [0.5f32, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35] {
        println!("f32 {} -> {:.1} {:.0}", v, v, v);
    }
    println!("{:.3} {:.3} {:.3}", f64::NAN, f64::INFINITY, -f64::INFINITY);
    println!("{:.100}", 0.1);
}
