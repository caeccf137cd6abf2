// Covers: std::num::Wrapping and Saturating arithmetic, NonZero types (new, get, niche size), checked_next_multiple_of, div_ceil, midpoint-free helpers.
use std::num::{NonZeroU32, NonZeroU8, Saturating, Wrapping};

fn main() {
    let mut w = Wrapping(250u8);
    for _ in 0..3 {
        w += Wrapping(3);
        println!("wrapping {}", w);
    }
    let prod = Wrapping(0xFFFF_FFFFu32) * Wrapping(3);
    println!("wrapping mul {} sub {}", prod, Wrapping(0u16) - Wrapping(1));
    let mut s = Saturating(120i8);
    s += Saturating(10);
    println!("saturating {} {}", s, Saturating(-100i8) - Saturating(100));
    let nz = NonZeroU32::new(42).unwrap();
    println!("nonzero {} get {} new(0) {:?}", nz, nz.get(), NonZeroU32::new(0));
    println!("size Option<NonZeroU32> {} Option<u32> {}", std::mem::size_of::<Option<NonZeroU32>>(), std::mem::size_of::<Option<u32>>());
    let nz8 = NonZeroU8::new(200).unwrap();
    println!("checked_add {:?} saturating_add {}", nz8.checked_add(100), nz8.saturating_add(100));
    println!("leading_zeros {} is_power_of_two {}", nz.leading_zeros(), NonZeroU32::new(64).unwrap().is_power_of_two());
    println!("div_ceil {} {} next_multiple_of {} checked_next_multiple_of {:?}", 7u32.div_ceil(2), 8u32.div_ceil(2), 13u32.next_multiple_of(5), 250u8.checked_next_multiple_of(16));
    let total: Wrapping<u8> = [200u8, 100, 50].iter().map(|&x| Wrapping(x)).sum();
    println!("wrapping sum {}", total);
    let parsed: NonZeroU32 = "17".parse().unwrap();
    println!("parsed nonzero {} zero parse err {}", parsed, "0".parse::<NonZeroU32>().is_err());
}
