// Covers: impl blocks with self/&self/&mut self methods, associated consts and functions, multiple impl blocks, method chaining returning Self, tuple structs, unit structs, struct update syntax.
#[derive(Debug, Clone, PartialEq)]
struct Rect {
    x: i32,
    y: i32,
    w: u32,
    h: u32,
}

impl Rect {
    const UNIT: Rect = Rect { x: 0, y: 0, w: 1, h: 1 };

    fn new(x: i32, y: i32, w: u32, h: u32) -> Self {
        Self { x, y, w, h }
    }
    fn square(side: u32) -> Self {
        Self { w: side, h: side, ..Self::UNIT }
    }
    fn area(&self) -> u64 {
        self.w as u64 * self.h as u64
    }
    fn contains(&self, px: i32, py: i32) -> bool {
        px >= self.x && py >= self.y && px < self.x + self.w as i32 && py < self.y + self.h as i32
    }
    fn intersect(&self, o: &Rect) -> Option<Rect> {
        let x0 = self.x.max(o.x);
        let y0 = self.y.max(o.y);
        let x1 = (self.x + self.w as i32).min(o.x + o.w as i32);
        let y1 = (self.y + self.h as i32).min(o.y + o.h as i32);
        if x1 > x0 && y1 > y0 { Some(Rect::new(x0, y0, (x1 - x0) as u32, (y1 - y0) as u32)) } else { None }
    }
}

impl Rect {
    fn translate(mut self, dx: i32, dy: i32) -> Self {
        self.x += dx;
        self.y += dy;
        self
    }
    fn scale(&mut self, k: u32) -> &mut Self {
        self.w *= k;
        self.h *= k;
        self
    }
    fn into_tuple(self) -> (i32, i32, u32, u32) {
        (self.x, self.y, self.w, self.h)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Celsius(f64);

impl Celsius {
    fn to_f(self) -> f64 {
        self.0 * 1.8 + 32.0
    }
}

#[derive(Debug, Default)]
struct Marker;

impl Marker {
    fn describe(&self) -> &'static str {
        "unit struct with methods"
    }
}

fn main() {
    let a = Rect::new(0, 0, 10, 5);
    let b = Rect::square(4).translate(8, 3);
    println!("a {:?} area {}", a, a.area());
    println!("b {:?} area {}", b, b.area());
    println!("UNIT {:?}", Rect::UNIT);
    println!("contains (9,4) {} (10,4) {}", a.contains(9, 4), a.contains(10, 4));
    println!("intersect {:?}", a.intersect(&b));
    println!("no intersect {:?}", a.intersect(&Rect::new(20, 20, 1, 1)));
    let mut c = a.clone();
    c.scale(2).scale(3);
    println!("scaled {:?} equal to a? {}", c, c == a);
    println!("tuple {:?}", c.into_tuple());
    let temps = [Celsius(-40.0), Celsius(0.0), Celsius(37.0), Celsius(100.0)];
    for t in temps {
        println!("{:?} = {}°F", t, t.to_f());
    }
    println!("hottest {:?}", temps.iter().copied().fold(Celsius(f64::MIN), |m, t| if t > m { t } else { m }));
    println!("{:?}: {}", Marker, Marker.describe());
    let r = Rect { w: 7, ..b.clone() };
    println!("update syntax {:?}", r);
}
