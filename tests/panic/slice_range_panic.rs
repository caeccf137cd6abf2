// Covers: out-of-range slicing of a String at a non-char boundary panics with the byte-index message.
fn main() {
    let s = String::from("größe");
    println!("len {} chars {}", s.len(), s.chars().count());
    println!("prefix {}", &s[..2]);
    let n = s.find('ö').unwrap() + 1;
    println!("cutting at {}", n);
    println!("{}", &s[..n]);
}
