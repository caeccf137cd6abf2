// Covers: f64/f32 maths: sqrt, powi, powf, sin, cos, tan, atan2, exp, ln, log10, log2, floor, ceil, round, trunc, fract, abs, mul_add, min/max, hypot, to_bits/from_bits, total_cmp, classify, signum, copysign.
use std::f64::consts::{E, PI};

fn main() {
    let xs = [0.0f64, 0.5, 1.0, 2.0, 10.0, 100.0];
    for x in xs {
        println!("x={:<5} sqrt={:.6} exp={:.6} ln={:.6} log10={:.6} log2={:.6} cbrt={:.6}", x, x.sqrt(), x.exp(), x.ln(), x.log10(), x.log2(), x.cbrt());
    }
    for deg in [0.0f64, 30.0, 45.0, 90.0, 180.0, 270.0] {
        let r = deg.to_radians();
        println!("{:>5}° sin={:+.6} cos={:+.6} tan={:+.4e}", deg, r.sin(), r.cos(), r.tan());
    }
    println!("atan2 {:.6} {:.6} asin {:.6} acos {:.6} atan {:.6}", 1.0f64.atan2(1.0), (-1.0f64).atan2(-1.0), 0.5f64.asin(), 0.5f64.acos(), 1.0f64.atan());
    println!("sinh {:.6} cosh {:.6} tanh {:.6}", 1.0f64.sinh(), 1.0f64.cosh(), 1.0f64.tanh());
    println!("powi {} {} {} powf {:.6} {:.6}", 2.0f64.powi(10), 1.5f64.powi(-2), (-2.0f64).powi(3), 2.0f64.powf(0.5), 10.0f64.powf(-1.5));
    for v in [2.5f64, -2.5, 3.5, -0.4, 0.5, 1.49999, -7.9] {
        println!("{:>7}: floor={} ceil={} round={} trunc={} fract={:.5} abs={} signum={} round_ties_even={}", v, v.floor(), v.ceil(), v.round(), v.trunc(), v.fract(), v.abs(), v.signum(), v.round_ties_even());
    }
    println!("mul_add {} hypot {} recip {} to_degrees {:.4}", 2.0f64.mul_add(3.0, 4.0), 3.0f64.hypot(4.0), 8.0f64.recip(), PI.to_degrees());
    println!("min/max {} {} {} {}", 1.0f64.min(2.0), 1.0f64.max(f64::NAN), f64::NAN.min(3.0), (-0.0f64).max(0.0));
    println!("clamp {} copysign {} {}", 5.5f64.clamp(0.0, 1.0), 3.0f64.copysign(-0.0), (-2.0f64).copysign(1.0));
    println!("bits: {:#018x} {:#018x} {:#018x} {:#010x}", 1.0f64.to_bits(), (-0.0f64).to_bits(), f64::NAN.to_bits(), 1.5f32.to_bits());
    println!("from_bits: {} {} {}", f64::from_bits(0x400921FB54442D18), f32::from_bits(0x3f800001), f64::from_bits(0x7ff0000000000000));
    let mut v = vec![2.0, f64::NAN, -0.0, 0.0, f64::NEG_INFINITY, -1.5, f64::INFINITY, -f64::NAN];
    v.sort_by(|a, b| a.total_cmp(b));
    println!("total_cmp sorted {:?}", v);
    println!("classify {:?} {:?} {:?} {:?} {:?}", 1.0f64.classify(), 0.0f64.classify(), 1e-310f64.classify(), f64::INFINITY.classify(), f64::NAN.classify());
    println!("is_nan {} is_finite {} is_infinite {} is_sign_negative {} is_normal {}", f64::NAN.is_nan(), 1e308f64.is_finite(), (1e308f64 * 10.0).is_infinite(), (-0.0f64).is_sign_negative(), 1e-310f64.is_normal());
    let nan: f64 = "NaN".parse().unwrap();
    println!("nan == nan {} nan != nan {} 0.0 == -0.0 {}", nan == nan, nan != nan, 0.0 == -0.0);
    println!("consts {} {} {} {}", PI, E, std::f64::consts::SQRT_2, std::f32::consts::PI);
    println!("f32 ops {} {} {} {}", 0.1f32 + 0.2f32, (2.0f32).sqrt(), 1.0f32 / 3.0, (0.1f32 as f64));
    println!("division: {} {} {} {}", 1.0 / 0.0, -1.0 / 0.0, (0.0f64 / 0.0).is_nan(), 5.0 % 3.0);
    println!("rem neg {} rem_euclid {} div_euclid {}", -5.5f64 % 2.0, (-5.5f64).rem_euclid(2.0), (-5.5f64).div_euclid(2.0));
    println!("exp_m1 {:e} ln_1p {:e} exp2 {}", 1e-10f64.exp_m1(), 1e-10f64.ln_1p(), 10.0f64.exp2());
    println!("log base {} {}", 8.0f64.log(2.0), 1000.0f64.log(10.0));
    let mut acc = 0.0f64;
    for i in 0..1000 {
        acc += (i as f64 * 0.001).sin();
    }
    println!("sum sin {:.10}", acc);
    println!("epsilon {} max {:e} min_pos {:e}", f64::EPSILON, f64::MAX, f64::MIN_POSITIVE);
    println!("f32 bounds {} {:e} {}", f32::MAX, f32::MIN_POSITIVE, f32::EPSILON);
    println!("parse {:?} {:?} {:?} {:?} {:?}", "3.14".parse::<f64>(), "1e-3".parse::<f64>(), "inf".parse::<f64>(), "-NaN".parse::<f64>().map(|x| x.is_nan()), ".5".parse::<f32>());
    println!("float to string {} {} {}", 1.5f64.to_string(), 1e100f64.to_string().len(), (0.1f64 + 0.7).to_string());
}
