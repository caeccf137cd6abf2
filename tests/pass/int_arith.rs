// Covers: wrapping_*, checked_*, overflowing_*, saturating_* on several int types, pow, abs, signum, rem_euclid, shifts, rotate, bit ops, casts.
fn main() {
    println!("wrapping: {} {} {} {}", 250u8.wrapping_add(10), 0u8.wrapping_sub(1), i8::MIN.wrapping_neg(), 100i8.wrapping_mul(3));
    println!("wrapping shl {} pow {}", 1u32.wrapping_shl(35), 3u8.wrapping_pow(7));
    println!("checked: {:?} {:?} {:?} {:?}", 250u8.checked_add(10), 250u8.checked_add(5), 5u32.checked_sub(6), i32::MIN.checked_div(-1));
    println!("checked div0 {:?} rem {:?} neg {:?} pow {:?}", 10i32.checked_div(0), 10i32.checked_rem(3), i64::MIN.checked_neg(), 2u64.checked_pow(64));
    println!("overflowing: {:?} {:?} {:?}", 200u8.overflowing_add(100), i32::MAX.overflowing_add(1), 5i16.overflowing_sub(3));
    println!("overflowing mul {:?} shl {:?}", u16::MAX.overflowing_mul(2), 1u8.overflowing_shl(9));
    println!("saturating: {} {} {} {}", 250u8.saturating_add(10), 5u8.saturating_sub(10), i8::MIN.saturating_sub(1), i32::MAX.saturating_mul(2));
    println!("saturating pow {} i16 abs {}", 10u16.saturating_pow(9), i16::MIN.saturating_abs());
    println!("pow {} {} abs {} signum {} {} {}", 2i32.pow(10), (-3i64).pow(3), (-7i32).abs(), (-7i32).signum(), 0i32.signum(), 9i32.signum());
    println!("div/rem: {} {} {} {}", -7 / 2, -7 % 2, (-7i32).div_euclid(2), (-7i32).rem_euclid(2));
    println!("div/rem unsigned: {} {}", 7u32 / 2, 7u32 % 2);
    println!("shifts: {} {} {} {}", 1u64 << 40, -16i32 >> 2, 0x80u8 >> 7, -1i8 as u8 >> 1);
    println!("rotate: {:#010x} {:#010x}", 0x12345678u32.rotate_left(8), 0x12345678u32.rotate_right(4));
    println!("bits: {} {} {} {}", 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, !0u8);
    println!("counts: {} {} {} {}", 0xF0u8.count_ones(), 0xF0u8.leading_zeros(), 0xF0u8.trailing_zeros(), u32::MAX.count_zeros());
    println!("swap_bytes {:#x} to_be {:#x} from_le_bytes {}", 0x1234u16.swap_bytes(), 0x11223344u32.to_be(), u32::from_le_bytes([1, 2, 3, 4]));
    println!("to_le_bytes {:?} to_be_bytes {:?}", 258u16.to_le_bytes(), 258u16.to_be_bytes());
    println!("casts: {} {} {} {} {}", 300i32 as u8, -1i32 as u32, 3.99f64 as i32, -3.99f64 as i32, 1e20 as i32);
    println!("float->int saturating: {} {} {}", f64::NAN as i32, -1e20 as i64, 256.7 as u8);
    println!("sign ext: {} {} {}", -1i8 as i32, 255u8 as i8, -128i8 as u64);
    println!("char casts: {} {} {}", 'A' as u32, 97u8 as char, 'é' as u8);
    println!("bool casts: {} {}", true as i32, false as u8);
    println!("abs_diff {} {}", 3u8.abs_diff(10), (-5i32).abs_diff(7));
    println!("midpoint-ish {} next_power_of_two {} is_power_of_two {}", (7u32 + 10) / 2, 37u32.next_power_of_two(), 64u32.is_power_of_two());
    println!("ilog {} {} {}", 1000u32.ilog10(), 1024u32.ilog2(), 81u32.ilog(3));
    println!("min/max consts: {} {} {} {}", u8::MAX, i16::MIN, u32::BITS, i64::BITS);
    println!("from/try_from: {} {:?} {:?}", u32::from(200u8), u8::try_from(300i32).is_err(), i8::try_from(-128i64));
    let mut h: u64 = 0xcbf29ce484222325;
    for b in "fnv hash".bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    println!("fnv1a = {:016x}", h);
    let mut x: u32 = 12345;
    let mut seq = Vec::new();
    for _ in 0..5 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        seq.push(x);
    }
    println!("xorshift {:?}", seq);
    println!("isqrt {} {}", 99u64.isqrt(), 100i32.isqrt());
    println!("unsigned_abs {} checked_abs {:?}", i32::MIN.unsigned_abs(), i32::MIN.checked_abs());
    println!("strict compare {} {}", u8::MAX as i32 > i8::MAX as i32, (-1i32) < 0);
}
