// Covers: f32 arithmetic and conversions: precision loss, f32<->f64 casts, f32 to int casts (saturating), rounding modes, f32 formatting, accumulation error, next-representable via to_bits.
fn main() {
    let a = 16777216.0f32;
    println!("2^24 + 1 = {} ({})", a + 1.0, a + 1.0 == a);
    println!("0.1+0.2 f32 {} f64 {}", 0.1f32 + 0.2f32, 0.1f64 + 0.2f64);
    let x = 1.0f32 / 3.0;
    println!("1/3 f32 {} as f64 {} back {}", x, x as f64, (x as f64) as f32);
    println!("f64 to f32 overflow {} underflow {} nan {}", 1e300f64 as f32, 1e-300f64 as f32, f64::NAN as f32);
    for v in [2.5f32, -2.5, 1e10, -1e10, 300.7, f32::NAN, f32::INFINITY] {
        println!("{:>14} as i32 {} as u8 {} as i64 {}", v, v as i32, v as u8, v as i64);
    }
    let mut s = 0.0f32;
    for _ in 0..10000 {
        s += 0.1;
    }
    println!("sum 0.1 x 10000 in f32 = {}", s);
    let one = 1.0f32;
    let next = f32::from_bits(one.to_bits() + 1);
    let prev = f32::from_bits(one.to_bits() - 1);
    println!("next after 1 = {:e} (diff {:e}) prev = {:e}", next, next - one, prev);
    println!("f32 EPSILON {} MIN_POSITIVE {:e} MAX {:e}", f32::EPSILON, f32::MIN_POSITIVE, f32::MAX);
    println!("subnormal min {:e} {}", f32::from_bits(1), f32::from_bits(1).is_normal());
    let vals = [1.4999999f32, 1.5, 2.5, -0.5, 0.49999997];
    for v in vals {
        println!("{} round {} trunc {} floor {} ceil {} ties_even {}", v, v.round(), v.trunc(), v.floor(), v.ceil(), v.round_ties_even());
    }
    println!("sqrt {} powi {} powf {} exp {} ln {}", 2f32.sqrt(), 3f32.powi(5), 2f32.powf(0.5), 1f32.exp(), 10f32.ln());
    println!("sin {} cos {} tan {}", 1f32.sin(), 1f32.cos(), 1f32.tan());
    println!("mul_add {} hypot {} abs {} signum {}", 2f32.mul_add(3.0, 1.0), 3f32.hypot(4.0), (-7.5f32).abs(), (-0.0f32).signum());
    println!("min/max {} {} total_cmp {:?}", 1f32.min(f32::NAN), f32::NAN.max(2.0), (-0.0f32).total_cmp(&0.0));
    println!("parse {:?} {:?}", "3.4028236e38".parse::<f32>(), "1e-46".parse::<f32>());
    println!("debug {:?} {:?} {:?}", 1.0f32, 0.1f32, 123456789.0f32);
}
