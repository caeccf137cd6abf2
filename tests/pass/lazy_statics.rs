// Covers: LazyLock and OnceLock statics, const items, static arrays, static mut through addr_of_mut!/raw pointers, associated consts.
use std::collections::BTreeMap;
use std::ptr::addr_of_mut;
use std::sync::{LazyLock, OnceLock};

const MAX: usize = 5;
const GREETING: &str = "hello";
const SQUARES: [u32; MAX] = {
    let mut a = [0u32; MAX];
    let mut i = 0;
    while i < MAX {
        a[i] = (i * i) as u32;
        i += 1;
    }
    a
};
static PRIMES: [u16; 6] = [2, 3, 5, 7, 11, 13];
static TABLE: LazyLock<BTreeMap<&'static str, u32>> = LazyLock::new(|| {
    println!("  (initializing TABLE)");
    let mut m = BTreeMap::new();
    m.insert("one", 1);
    m.insert("two", 2);
    m.insert("three", 3);
    m
});
static CONFIG: OnceLock<String> = OnceLock::new();
static mut COUNTER: u32 = 0;

fn bump() -> u32 {
    unsafe {
        let p = addr_of_mut!(COUNTER);
        *p += 1;
        *p
    }
}

fn config() -> &'static str {
    CONFIG.get_or_init(|| {
        println!("  (initializing CONFIG)");
        format!("mode={}", "fast")
    })
}

struct Limits;
impl Limits {
    const LOW: i32 = -10;
    const HIGH: i32 = Self::LOW * -3;
}

const fn cube(x: u64) -> u64 {
    x * x * x
}
const CUBE_7: u64 = cube(7);

fn main() {
    println!("{} {} {:?}", MAX, GREETING, SQUARES);
    println!("primes {:?} sum {}", PRIMES, PRIMES.iter().map(|&p| p as u32).sum::<u32>());
    println!("before touching TABLE");
    println!("two = {:?}", TABLE.get("two"));
    println!("table {:?}", *TABLE);
    println!("config {}", config());
    println!("config again {}", config());
    println!("set after init: {:?}", CONFIG.set("other".into()));
    for _ in 0..4 {
        bump();
    }
    println!("counter {}", bump());
    let raw = addr_of_mut!(COUNTER);
    unsafe {
        raw.write(100);
        println!("counter via raw {}", raw.read());
    }
    println!("limits {} {}", Limits::LOW, Limits::HIGH);
    println!("cube {}", CUBE_7);
    let lazy_local = LazyLock::new(|| "local lazy".len());
    println!("local lazy {}", *lazy_local);
    static ONCE_INT: OnceLock<i32> = OnceLock::new();
    println!("once int {:?} -> {}", ONCE_INT.get(), ONCE_INT.get_or_init(|| 9));
}
