// Covers: enums with data (tuple, struct, unit variants), match with bindings, nested enums, impl on enums, Option<Box<enum>> recursion, discriminants.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(f64),
    Var(String),
    Neg(Box<Expr>),
    Bin { op: char, l: Box<Expr>, r: Box<Expr> },
}

use Expr::*;

impl Expr {
    fn eval(&self, x: f64) -> Result<f64, String> {
        Ok(match self {
            Num(n) => *n,
            Var(name) if name == "x" => x,
            Var(name) => return Err(format!("unbound variable {}", name)),
            Neg(e) => -e.eval(x)?,
            Bin { op, l, r } => {
                let (a, b) = (l.eval(x)?, r.eval(x)?);
                match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' if b == 0.0 => return Err("division by zero".into()),
                    '/' => a / b,
                    other => return Err(format!("bad op {}", other)),
                }
            }
        })
    }
    fn show(&self) -> String {
        match self {
            Num(n) => format!("{}", n),
            Var(v) => v.clone(),
            Neg(e) => format!("-({})", e.show()),
            Bin { op, l, r } => format!("({} {} {})", l.show(), op, r.show()),
        }
    }
    fn simplify(self) -> Expr {
        match self {
            Bin { op: '*', l, r } if *l == Num(0.0) || *r == Num(0.0) => Num(0.0),
            Bin { op: '+', l, r } if *r == Num(0.0) => l.simplify(),
            Neg(e) => match *e {
                Neg(inner) => inner.simplify(),
                other => Neg(Box::new(other.simplify())),
            },
            Bin { op, l, r } => Bin { op, l: Box::new(l.simplify()), r: Box::new(r.simplify()) },
            e => e,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Color {
    Red = 1,
    Green = 2,
    Blue = 4,
}

#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(Color, u8),
}

fn handle(m: &Message) -> String {
    match m {
        Message::Quit => "quit".into(),
        Message::Move { x: 0, y } => format!("vertical move {}", y),
        Message::Move { x, y: 0 } => format!("horizontal move {}", x),
        Message::Move { x, y } => format!("move to ({}, {})", x, y),
        Message::Write(s) if s.is_empty() => "empty write".into(),
        Message::Write(s) => format!("write {:?} ({} bytes)", s, s.len()),
        Message::ChangeColor(c @ (Color::Red | Color::Blue), level) => format!("warm-ish {:?} at {}", c, level),
        Message::ChangeColor(c, level) => format!("other color {:?} value {} at {}", c, *c as u8, level),
    }
}

fn main() {
    let e = Bin {
        op: '+',
        l: Box::new(Bin { op: '*', l: Box::new(Num(3.0)), r: Box::new(Var("x".into())) }),
        r: Box::new(Neg(Box::new(Num(2.5)))),
    };
    println!("{} = {:?} at x=2", e.show(), e.eval(2.0));
    let bad = Bin { op: '/', l: Box::new(Num(1.0)), r: Box::new(Num(0.0)) };
    println!("{} = {:?}", bad.show(), bad.eval(0.0));
    println!("{:?}", Var("y".into()).eval(1.0));
    let s = Bin { op: '+', l: Box::new(Neg(Box::new(Neg(Box::new(Var("x".into())))))), r: Box::new(Num(0.0)) };
    println!("simplify {} -> {}", s.show(), s.clone().simplify().show());
    let z = Bin { op: '*', l: Box::new(Var("q".into())), r: Box::new(Num(0.0)) };
    println!("simplify {} -> {}", z.show(), z.simplify().show());
    let msgs = vec![
        Message::Quit,
        Message::Move { x: 0, y: 5 },
        Message::Move { x: 3, y: 0 },
        Message::Move { x: 1, y: 2 },
        Message::Write(String::new()),
        Message::Write("hi".into()),
        Message::ChangeColor(Color::Red, 9),
        Message::ChangeColor(Color::Green, 1),
    ];
    for m in &msgs {
        println!("{:?} => {}", m, handle(m));
    }
    println!("discriminants {} {} {}", Color::Red as u8, Color::Green as i32, Color::Blue as u8);
    println!("discriminant eq {}", std::mem::discriminant(&msgs[1]) == std::mem::discriminant(&msgs[2]));
    println!("size_of Option<Box<Expr>> == size_of Box<Expr>: {}", std::mem::size_of::<Option<Box<Expr>>>() == std::mem::size_of::<Box<Expr>>());
}
