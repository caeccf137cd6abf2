// Covers: inline modules, pub/private visibility, pub(crate), nested modules, use/self/super paths, re-exports, module-level consts and impls.
mod geometry {
    pub const UNIT: f64 = 1.0;

    pub mod shapes {
        use super::UNIT;

        #[derive(Debug)]
        pub struct Square {
            pub side: f64,
            id: u32,
        }

        impl Square {
            pub fn new(side: f64) -> Self {
                Square { side, id: super::next_id() }
            }
            pub fn unit() -> Self {
                Self::new(UNIT)
            }
            pub fn area(&self) -> f64 {
                self.side * self.side
            }
            pub fn id(&self) -> u32 {
                self.id
            }
        }
    }

    fn next_id() -> u32 {
        use std::sync::atomic::{AtomicU32, Ordering};
        static ID: AtomicU32 = AtomicU32::new(100);
        ID.fetch_add(1, Ordering::Relaxed)
    }

    pub(crate) fn total_area(sq: &[shapes::Square]) -> f64 {
        sq.iter().map(|s| s.area()).sum()
    }

    pub use self::shapes::Square as Sq;
}

mod util {
    pub mod strings {
        pub fn shout(s: &str) -> String {
            format!("{}!", s.to_uppercase())
        }
        pub(super) fn whisper(s: &str) -> String {
            s.to_lowercase()
        }
    }
    pub fn both(s: &str) -> (String, String) {
        (strings::shout(s), strings::whisper(s))
    }
    pub mod math {
        pub fn gcd(a: u64, b: u64) -> u64 {
            if b == 0 { a } else { gcd(b, a % b) }
        }
        pub fn lcm(a: u64, b: u64) -> u64 {
            a / gcd(a, b) * b
        }
    }
}

use geometry::shapes::Square;
use util::math::{gcd, lcm};

fn main() {
    let a = Square::new(2.0);
    let b = geometry::Sq::unit();
    let c = Square::new(3.5);
    println!("{:?} id {}", a, a.id());
    println!("{:?} id {}", b, b.id());
    println!("c side {} id {}", c.side, c.id());
    let all = [a, b, c];
    println!("total area {}", geometry::total_area(&all));
    println!("unit {}", geometry::UNIT);
    println!("{}", util::strings::shout("hello"));
    println!("{:?}", util::both("MiXeD"));
    println!("gcd {} lcm {}", gcd(84, 36), lcm(4, 6));
    println!("lcm 1..=20 {}", (1..=20).fold(1, lcm));
}
