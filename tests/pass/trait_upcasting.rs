// Covers: trait upcasting coercion (&dyn Sub -> &dyn Super, Box<dyn Sub> -> Box<dyn Super>), supertraits, multiple supertraits, Debug as supertrait.
use std::fmt::Debug;

trait Named {
    fn name(&self) -> String;
}

trait Aged {
    fn age(&self) -> u32;
}

trait Person: Named + Aged + Debug {
    fn greet(&self) -> String {
        format!("Hi, I am {} ({})", self.name(), self.age())
    }
}

#[derive(Debug)]
struct Student {
    name: String,
    age: u32,
    school: &'static str,
}

impl Named for Student {
    fn name(&self) -> String {
        self.name.clone()
    }
}
impl Aged for Student {
    fn age(&self) -> u32 {
        self.age
    }
}
impl Person for Student {
    fn greet(&self) -> String {
        format!("Yo, {} from {}", self.name, self.school)
    }
}

#[derive(Debug)]
struct Robot(u32);
impl Named for Robot {
    fn name(&self) -> String {
        format!("RX-{}", self.0)
    }
}
impl Aged for Robot {
    fn age(&self) -> u32 {
        0
    }
}
impl Person for Robot {}

fn show_name(n: &dyn Named) -> String {
    n.name()
}

fn show_age(a: &dyn Aged) -> u32 {
    a.age()
}

fn show_debug(d: &dyn Debug) -> String {
    format!("{:?}", d)
}

trait Animal {
    fn sound(&self) -> &'static str;
}
trait Dog: Animal {
    fn fetch(&self) -> String;
}
struct Rex;
impl Animal for Rex {
    fn sound(&self) -> &'static str {
        "woof"
    }
}
impl Dog for Rex {
    fn fetch(&self) -> String {
        "ball".into()
    }
}

fn main() {
    let people: Vec<Box<dyn Person>> = vec![
        Box::new(Student { name: "Ana".into(), age: 20, school: "MIT" }),
        Box::new(Robot(42)),
    ];
    for p in &people {
        let pr: &dyn Person = p.as_ref();
        println!("{}", pr.greet());
        let n: &dyn Named = pr;
        let a: &dyn Aged = pr;
        let d: &dyn Debug = pr;
        println!("  name={} age={} debug={}", show_name(n), show_age(a), show_debug(d));
    }
    let d: Box<dyn Dog> = Box::new(Rex);
    println!("dog fetches {} and says {}", d.fetch(), d.sound());
    let a: Box<dyn Animal> = d;
    println!("as animal: {}", a.sound());
    let names: Vec<Box<dyn Named>> = people.into_iter().map(|p| p as Box<dyn Named>).collect();
    for n in &names {
        println!("upcast box: {}", n.name());
    }
    let r = Robot(7);
    let p: &dyn Person = &r;
    let dbg: &dyn Debug = p;
    println!("{:?} / {:#?}", dbg, dbg);
}
