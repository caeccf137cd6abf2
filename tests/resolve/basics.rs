use std::fmt;
#[derive(Clone, Debug, PartialEq)]
struct P { x: i32, y: i32 }
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) }
}
trait Shape { fn area(&self) -> f64; fn name(&self) -> String { "shape".to_string() } }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn run(v: &Vec<i32>, s: &dyn Shape) -> i32 {
    let t: i32 = v.iter().map(|x| x * 2).filter(|x| *x > 2).sum();
    let w = v.clone();
    let p = P { x: 1, y: 2 };
    let q = p.clone();
    let s1 = p.to_string(); let s2 = "ab".to_string();
    println!("{} {:?} {} {}", p, q, s1, s2);
    let a = s.area(); let n = s.name();
    let c = |k: i32| k + t;
    t + w.len() as i32 + (a as i32) + n.len() as i32 + c(3) + (p == q) as i32
}
fn main() { let v = vec![1, 2, 3]; println!("{}", run(&v, &Sq(2.0))); }
