// Covers: finding type limits with checked arithmetic: largest factorial / fibonacci / power of 3 fitting in each integer type, via a generic helper and a macro over types.
macro_rules! limits {
    ($($t:ty),*) => {
        $({
            let mut f: $t = 1;
            let mut n: $t = 1;
            loop {
                match f.checked_mul(n + 1) {
                    Some(nf) => { f = nf; n += 1; }
                    None => break,
                }
            }
            let (mut a, mut b): ($t, $t) = (0, 1);
            let mut k = 1;
            while let Some(c) = a.checked_add(b) {
                a = b;
                b = c;
                k += 1;
            }
            let mut p: $t = 1;
            let mut e = 0;
            while let Some(np) = p.checked_mul(3) {
                p = np;
                e += 1;
            }
            println!("{:<5} max {:>40} | {}! = {} | fib({}) = {} | 3^{} = {}", stringify!($t), <$t>::MAX, n, f, k, b, e, p);
        })*
    };
}

fn first_overflow<T: Copy + std::fmt::Debug>(start: T, step: impl Fn(T) -> Option<T>) -> (usize, T) {
    let mut x = start;
    let mut i = 0;
    while let Some(n) = step(x) {
        x = n;
        i += 1;
    }
    (i, x)
}

fn main() {
    limits!(u8, i8, u16, i16, u32, i32, u64, i64, u128, i128);
    println!("doublings of 1u32 before overflow {:?}", first_overflow(1u32, |x| x.checked_mul(2)));
    println!("squarings of 2u64 before overflow {:?}", first_overflow(2u64, |x| x.checked_mul(x)));
    println!("decrements of 5u8 before underflow {:?}", first_overflow(5u8, |x| x.checked_sub(1)));
    println!("negations i8::MIN {:?}", i8::MIN.checked_neg());
    println!("saturating chain {}", (0..10).fold(1u16, |acc, _| acc.saturating_mul(7)));
    println!("wrapping chain {}", (0..10).fold(1u16, |acc, _| acc.wrapping_mul(7)));
    let (v, o) = (0..10).fold((1u16, false), |(acc, of), _| {
        let (r, o2) = acc.overflowing_mul(7);
        (r, of || o2)
    });
    println!("overflowing chain {} overflowed={}", v, o);
}
