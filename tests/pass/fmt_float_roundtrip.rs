// Covers: shortest round-trip float printing ({} and {:?} and {:e}) for many pseudo-random f64/f32 bit patterns, and parse(to_string) == original.
fn main() {
    let mut state: u64 = 0x9E3779B97F4A7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut ok = 0;
    for i in 0..40 {
        let bits = next();
        let exp = (bits >> 52) & 0x7ff;
        let bits = if exp == 0x7ff { bits & !(1 << 62) } else { bits };
        let f = f64::from_bits(bits);
        let s = format!("{:?}", f);
        let back: f64 = s.parse().unwrap();
        if back.to_bits() == f.to_bits() {
            ok += 1;
        }
        if i % 4 == 0 {
            println!("{:>3}: {:e} | {:?} | {:.3e}", i, f, f, f);
        } else {
            println!("{:>3}: {:e}", i, f);
        }
    }
    println!("f64 round trips: {}/40", ok);
    let mut ok32 = 0;
    for i in 0..30 {
        let bits = (next() >> 32) as u32;
        let bits = if (bits >> 23) & 0xff == 0xff { bits & !(1 << 30) } else { bits };
        let f = f32::from_bits(bits);
        let s = f.to_string();
        if s.parse::<f32>().unwrap().to_bits() == f.to_bits() {
            ok32 += 1;
        }
        println!("f32 {:>2}: {:e} {:?}", i, f, f);
    }
    println!("f32 round trips: {}/30", ok32);
    let mut x = 1.0f64;
    for _ in 0..12 {
        x /= 7.0;
        println!("{} {:e} {:.20}", x, x, x);
    }
    let mut y = 1.0f64;
    for _ in 0..8 {
        y *= 1234.5678;
        println!("{} {:?} {:e}", y, y, y);
    }
}
