// Covers: i128/u128 arithmetic, printing, parsing, shifts, mul/div/rem, leading_zeros, pow, conversions, hex/bin formatting.
fn fib_u128(n: u32) -> u128 {
    let (mut a, mut b) = (0u128, 1u128);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn main() {
    let a: u128 = 0xDEAD_BEEF_CAFE_BABE_0123_4567_89AB_CDEF;
    let b: u128 = 1 << 100;
    println!("a = {} = {:#x}", a, a);
    println!("b = {} = {:#b}", b, b >> 90);
    println!("a / 3 = {} a % 1000007 = {}", a / 3, a % 1000007);
    println!("a * 2 wrapping = {}", a.wrapping_mul(2));
    println!("a >> 64 = {:x} a << 4 = {:x}", a >> 64, a << 4);
    println!("leading_zeros {} trailing_zeros {} count_ones {}", b.leading_zeros(), b.trailing_zeros(), a.count_ones());
    let neg: i128 = -170141183460469231731687303715884105728;
    println!("i128 min {} abs_diff {}", neg, neg.unsigned_abs());
    println!("neg / 7 = {} rem = {}", neg / 7, neg % 7);
    println!("neg.rem_euclid(7) = {} div_euclid {}", neg.rem_euclid(7), neg.div_euclid(7));
    println!("fib(180) = {}", fib_u128(180));
    println!("3^80 = {}", 3u128.pow(80));
    println!("-2^127+1 = {}", -(2i128.pow(126)) * 2 + 1);
    let parsed: i128 = "-123456789012345678901234567890".parse().unwrap();
    println!("parsed {} *2 = {}", parsed, parsed * 2);
    let p2: u128 = u128::from_str_radix("ffffffffffffffffffffffffffffffff", 16).unwrap();
    println!("from hex {} == MAX {}", p2, p2 == u128::MAX);
    println!("checked add {:?} {:?}", u128::MAX.checked_add(1), 5u128.checked_add(6));
    println!("overflowing {:?}", i128::MAX.overflowing_add(1));
    println!("saturating {} {}", i128::MIN.saturating_sub(1), u128::MAX.saturating_add(9));
    let x: u64 = u64::MAX;
    let wide = x as u128 * x as u128;
    println!("u64max^2 = {}", wide);
    println!("hi {} lo {}", (wide >> 64) as u64, wide as u64);
    println!("as conversions {} {} {}", -1i128 as u128, u128::MAX as i128, (1u128 << 70) as f64);
    println!("i128 from i64 {}", i128::from(i64::MIN) - 1);
    println!("try_from {:?} {:?}", u64::try_from(1u128 << 64), u64::try_from(12345u128));
    println!("{:>45}|{:<45}|", i128::MIN, u128::MAX);
    println!("{:+e}", 123456789012345678901234567890u128);
    let mut fact: u128 = 1;
    for i in 1..=34u128 {
        fact *= i;
    }
    println!("34! = {}", fact);
    println!("isqrt {} ilog2 {} ilog10 {}", fact.isqrt(), fact.ilog2(), fact.ilog10());
    println!("swap_bytes {:x} reverse_bits {:x}", 0x0102u128.swap_bytes(), 1u128.reverse_bits());
}
