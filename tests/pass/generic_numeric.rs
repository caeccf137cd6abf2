// Covers: a user-defined numeric trait (Zero/One/ops bounds) implemented for i32, i64, f64, u8 via macro_rules!, generic algorithms (sum, dot, pow, mean, poly eval) over it.
use std::fmt::Debug;
use std::ops::{Add, Mul, Sub};

trait Num: Copy + Debug + PartialOrd + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> {
    const ZERO: Self;
    const ONE: Self;
    fn to_f64(self) -> f64;
}

macro_rules! impl_num {
    ($($t:ty => $z:expr, $o:expr);* $(;)?) => {
        $(impl Num for $t {
            const ZERO: Self = $z;
            const ONE: Self = $o;
            fn to_f64(self) -> f64 { self as f64 }
        })*
    };
}

impl_num!(i32 => 0, 1; i64 => 0, 1; f64 => 0.0, 1.0; u8 => 0, 1);

fn sum<T: Num>(xs: &[T]) -> T {
    xs.iter().fold(T::ZERO, |a, &b| a + b)
}

fn dot<T: Num>(a: &[T], b: &[T]) -> T {
    a.iter().zip(b).fold(T::ZERO, |acc, (&x, &y)| acc + x * y)
}

fn power<T: Num>(base: T, e: u32) -> T {
    (0..e).fold(T::ONE, |acc, _| acc * base)
}

fn mean<T: Num>(xs: &[T]) -> Option<f64> {
    if xs.is_empty() { None } else { Some(sum(xs).to_f64() / xs.len() as f64) }
}

fn horner<T: Num>(coeffs: &[T], x: T) -> T {
    coeffs.iter().rev().fold(T::ZERO, |acc, &c| acc * x + c)
}

fn max_of<T: Num>(xs: &[T]) -> Option<T> {
    xs.iter().copied().fold(None, |m, x| match m {
        None => Some(x),
        Some(v) if x > v => Some(x),
        keep => keep,
    })
}

fn clamp_all<T: Num>(xs: &mut [T], lo: T, hi: T) {
    for x in xs.iter_mut() {
        if *x < lo {
            *x = lo;
        } else if *x > hi {
            *x = hi;
        }
    }
}

fn main() {
    let ints = [3, -1, 4, 1, -5, 9];
    let longs = [1_000_000_000i64, 2_000_000_000, 3_000_000_000];
    let floats = [0.5, 0.25, 2.0];
    let bytes = [10u8, 20, 30];
    println!("sum {:?} {:?} {:?} {:?}", sum(&ints), sum(&longs), sum(&floats), sum(&bytes));
    println!("dot {:?} {:?}", dot(&ints, &ints), dot(&floats, &[2.0, 4.0, 0.5]));
    println!("power {:?} {:?} {:?} {:?}", power(3i32, 5), power(2i64, 40), power(1.5f64, 3), power(2u8, 7));
    println!("mean {:?} {:?} {:?}", mean(&ints), mean(&floats), mean::<i32>(&[]));
    println!("horner {:?} {:?}", horner(&[1, 2, 3], 10), horner(&[0.5, 0.0, 2.0], 1.5));
    println!("max {:?} {:?} {:?}", max_of(&ints), max_of(&floats), max_of::<u8>(&[]));
    let mut c = ints;
    clamp_all(&mut c, -2, 5);
    println!("clamped {:?}", c);
    println!("consts {:?} {:?} {:?}", i32::ZERO, f64::ONE, <u8 as Num>::ONE);
}
