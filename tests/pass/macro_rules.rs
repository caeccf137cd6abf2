// Covers: declarative macros: repetition ($(...),*), multiple arms, recursion, generating functions/structs/impls, hygiene, tt munching, count via recursion, vec-like and hashmap-like literals.
use std::collections::BTreeMap;

macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! max {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = max!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! btreemap {
    ($($k:expr => $v:expr),* $(,)?) => {{
        let mut m = BTreeMap::new();
        $(m.insert($k, $v);)*
        m
    }};
}

macro_rules! make_struct {
    ($name:ident { $($field:ident : $ty:ty),* }) => {
        #[derive(Debug, Default)]
        struct $name {
            $($field: $ty),*
        }
        impl $name {
            fn field_names() -> Vec<&'static str> {
                vec![$(stringify!($field)),*]
            }
        }
    };
}

macro_rules! ops {
    ($($name:ident => $op:tt),*) => {
        $(fn $name(a: i64, b: i64) -> i64 { a $op b })*
    };
}

macro_rules! hygiene {
    ($e:expr) => {{
        let x = 100;
        $e + x
    }};
}

macro_rules! enum_str {
    (enum $name:ident { $($var:ident),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        enum $name { $($var),* }
        impl $name {
            const ALL: &'static [$name] = &[$($name::$var),*];
            fn as_str(&self) -> &'static str {
                match self { $($name::$var => stringify!($var)),* }
            }
        }
    };
}

make_struct!(Config { name: String, retries: u32, verbose: bool });
ops!(add => +, sub => -, mul => *);
enum_str!(enum Color { Red, Green, Blue });

fn main() {
    println!("square {} {}", square!(7), square!(1 + 2));
    println!("max {} {} {}", max!(3), max!(1, 9, 4), max!(2.5, -1.0, 2.25));
    println!("count {} {}", count!(a b c d), count!());
    let m = btreemap! { "one" => 1, "two" => 2, "three" => 3, };
    println!("map {:?}", m);
    let c = Config { name: "x".into(), retries: 3, ..Default::default() };
    println!("{:?} fields {:?} ({} {} {})", c, Config::field_names(), c.name, c.retries, c.verbose);
    println!("ops {} {} {}", add(2, 3), sub(2, 3), mul(2, 3));
    let x = 1;
    println!("hygiene {}", hygiene!(x * 2));
    for col in Color::ALL {
        println!("{:?} -> {}", col, col.as_str());
    }
    println!("vec! nested {:?}", vec![vec![0u8; 2]; 3]);
    println!("format_args via macro {}", format!("{}-{}", stringify!(a + b), line!()));
}
