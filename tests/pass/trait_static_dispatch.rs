// Covers: static dispatch with generics vs dynamic dispatch, trait with associated functions (constructors), Self return, trait objects requiring dyn-compatible methods, generic trait impls for multiple types.
trait Animal {
    fn new(name: &str) -> Self
    where
        Self: Sized;
    fn name(&self) -> String;
    fn noise(&self) -> String;
    fn talk(&self) -> String {
        format!("{} says {}", self.name(), self.noise())
    }
}

struct Dog(String);
struct Cat {
    name: String,
    lives: u8,
}

impl Animal for Dog {
    fn new(name: &str) -> Self {
        Dog(name.to_string())
    }
    fn name(&self) -> String {
        self.0.clone()
    }
    fn noise(&self) -> String {
        "woof".into()
    }
}

impl Animal for Cat {
    fn new(name: &str) -> Self {
        Cat { name: name.into(), lives: 9 }
    }
    fn name(&self) -> String {
        format!("{} ({} lives)", self.name, self.lives)
    }
    fn noise(&self) -> String {
        "meow".into()
    }
    fn talk(&self) -> String {
        format!("{} purrs then says {}", self.name(), self.noise())
    }
}

fn make<A: Animal>(name: &str) -> A {
    A::new(name)
}

fn talk_static<A: Animal>(a: &A) -> String {
    a.talk()
}

fn talk_dyn(a: &dyn Animal) -> String {
    a.talk()
}

trait Area {
    fn area(&self) -> f64;
}

impl Area for (f64, f64) {
    fn area(&self) -> f64 {
        self.0 * self.1
    }
}

impl Area for f64 {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self * self
    }
}

impl<T: Area> Area for Vec<T> {
    fn area(&self) -> f64 {
        self.iter().map(Area::area).sum()
    }
}

impl<T: Area, const N: usize> Area for [T; N] {
    fn area(&self) -> f64 {
        self.iter().map(|x| x.area()).sum()
    }
}

fn main() {
    let d: Dog = make("Rex");
    let c = make::<Cat>("Tom");
    println!("{}", talk_static(&d));
    println!("{}", talk_static(&c));
    println!("{}", talk_dyn(&d));
    println!("{}", talk_dyn(&c));
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog::new("Fido")), Box::new(Cat::new("Kitty"))];
    for a in zoo.iter() {
        println!("zoo: {}", a.talk());
    }
    println!("rect area {}", (3.0, 4.0).area());
    println!("circle area {:.4}", 2.0f64.area());
    println!("vec area {:.4}", vec![1.0f64, 2.0].area());
    println!("array area {}", [(1.0, 2.0), (3.0, 4.0)].area());
    println!("nested {:.4}", vec![vec![1.0f64], vec![0.5, 0.5]].area());
}
