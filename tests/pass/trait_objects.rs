// Covers: trait objects (&dyn, Box<dyn>, Vec<Box<dyn Trait>>), default methods, dynamic dispatch, dyn with generics methods via where Self: Sized.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".to_string()
    }
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
    fn scaled(&self, k: f64) -> Self
    where
        Self: Sized;
}

#[derive(Debug, Clone)]
struct Circle(f64);
#[derive(Debug, Clone)]
struct Rect {
    w: f64,
    h: f64,
}
struct Tri {
    a: f64,
    b: f64,
    c: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.0)
    }
    fn scaled(&self, k: f64) -> Self {
        Circle(self.0 * k)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        format!("rect({}x{})", self.w, self.h)
    }
    fn scaled(&self, k: f64) -> Self {
        Rect { w: self.w * k, h: self.h * k }
    }
}

impl Shape for Tri {
    fn area(&self) -> f64 {
        let s = (self.a + self.b + self.c) / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn scaled(&self, k: f64) -> Self {
        Tri { a: self.a * k, b: self.b * k, c: self.c * k }
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn print_it(s: &dyn Shape) {
    println!("-> {}", s.describe());
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> &'a dyn Shape {
    shapes.iter().max_by(|a, b| a.area().total_cmp(&b.area())).unwrap().as_ref()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle(1.0)),
        Box::new(Rect { w: 3.0, h: 4.5 }),
        Box::new(Tri { a: 3.0, b: 4.0, c: 5.0 }),
        Box::new(Circle(2.5).scaled(0.5)),
        Box::new(Rect { w: 1.0, h: 1.0 }.scaled(3.0)),
    ];
    for s in &shapes {
        print_it(s.as_ref());
    }
    println!("total area {:.4}", total_area(&shapes));
    println!("largest: {}", largest(&shapes).name());
    let r = Rect { w: 2.0, h: 2.0 };
    let dr: &dyn Shape = &r;
    println!("{}", dr.describe());
    let mut sorted: Vec<&Box<dyn Shape>> = shapes.iter().collect();
    sorted.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    let names: Vec<String> = sorted.iter().map(|s| s.name()).collect();
    println!("{:#?}", names);
    let c: Box<dyn Shape> = Box::new(Circle(10.0));
    let moved: Vec<Box<dyn Shape>> = vec![c];
    println!("{}", moved[0].describe());
}
