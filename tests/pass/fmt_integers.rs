// Covers: integer format specifiers: width, fill, alignment, sign, zero-pad, {:x} {:X} {:#x} {:o} {:#o} {:b} {:#b}, {:e} for ints.
fn main() {
    let n = 255;
    println!("[{}] [{:5}] [{:<5}] [{:^5}] [{:>5}]", n, n, n, n, n);
    println!("[{:05}] [{:+}] [{:+05}] [{:*^9}] [{:-<7}]", n, n, n, n, n);
    println!("hex {:x} {:X} {:#x} {:#X} {:#010x} {:08X}", n, n, n, n, n, n);
    println!("oct {:o} {:#o}  bin {:b} {:#b} {:#012b}", n, n, n, n, n);
    let neg = -42i32;
    println!("neg [{}] [{:6}] [{:<6}] [{:06}] [{:+}] [{:x}] [{:b}]", neg, neg, neg, neg, neg, neg, neg);
    println!("i8 {:x} {:b} u8 {:x}", -1i8, -2i8, 200u8);
    println!("i64 min {} max {}", i64::MIN, i64::MAX);
    println!("u64 max {} hex {:x}", u64::MAX, u64::MAX);
    println!("usize {} isize {}", usize::MAX, isize::MIN);
    println!("i128 min {} u128 max {}", i128::MIN, u128::MAX);
    println!("u128 max hex {:#x}", u128::MAX);
    println!("exp {:e} {:E} {:e} {:e}", 1234567u32, 1200u64, 0u8, -5000i32);
    let w = 10;
    let p = 3;
    println!("[{:>w$}] [{:<w$}] [{:^w$}]", n, n, n);
    println!("[{:>1$}] [{:>width$}] [{:0>width$}]", n, 7, n, width = w);
    println!("[{:.*}] [{:>w$.p$}]", 2, 1.23456, 9.87654321);
    println!("{0} {1} {0} {name} {name:?} {}", "a", "b", name = "nm");
    let x = 3;
    let y = 4;
    println!("inline captured: {x} + {y} = {}", x + y);
    println!("{x:>5}|{y:<5}|{x:05}|{y:#x}|{x:#b}");
    println!("{{literal braces}} {{{}}}", 1);
    for v in [0u16, 1, 10, 100, 1000, 10000] {
        println!("|{:>6}|{:<6}|{:^6}|{:06}|{:#06x}|", v, v, v, v, v);
    }
    println!("{:?} {:?} {:5?} {:<5?}| {:#x?}", 42u8, -7i64, 3, 4, [255, 16]);
    println!("{:02}:{:02}:{:02}", 7, 5, 9);
}
