// Covers: format! edge cases: named/positional mix, width$ and precision$ args, {:?} of strings/chars with escapes, pointers avoided, eprintln to stderr.
fn main() {
    let name = "Ferris";
    let age = 9;
    let s = format!("{name} is {age} years old; {0} {0:?} {1:>4}", name, age);
    println!("{}", s);
    println!("{:?} {:?} {:?} {:?}", 'a', '\n', '\'', "a\tb\"c");
    println!("{a} {b} {a}", a = 1, b = 2);
    println!("{:>w$.p$}|", 3.14159265, w = 10, p = 3);
    println!("{:w$}|{:<w$}|", 7, "ab", w = 4);
    let v = vec![1.5, 2.25];
    println!("{:?} {:.1?} {:8.2?}", v, v, v);
    println!("{:#?}", (1,));
    println!("{:?} {:?}", (), ((), ((),)));
    println!("{:?}", [[1u8; 2]; 3]);
    println!("{:?} {:?}", &&&5, Box::new(6));
    println!("{:?}", "multi\nline");
    println!("{}", format!("{:-^30}", " centered "));
    println!("{}", format!("{:=>1$}", "", 20));
    let items = ["apple", "kiwi", "banana"];
    let widest = items.iter().map(|s| s.len()).max().unwrap();
    for (i, it) in items.iter().enumerate() {
        println!("{:>3}. {:<w$} | {:>5.1}%", i + 1, it, (i as f64 + 1.0) * 33.3333, w = widest);
    }
    eprintln!("this goes to stderr: {}", 42);
    eprint!("and no newline");
    eprintln!();
    println!("{:?} {:?}", i8::MIN, u16::MAX);
    println!("{:?} {:?}", Some("x"), None::<i32>);
    println!("{:?}", std::cmp::Ordering::Less);
    println!("{:?} {:?}", 'é', "é");
    let t = (1, 2.0, "three", '4', [5]);
    println!("{:?}", t);
    println!("{}", concat!("con", "cat", 1, 2.5, true));
    println!("{}", stringify!(a + b * c));
    println!("{}:{}", file!(), line!());
    println!("{}", module_path!());
}
