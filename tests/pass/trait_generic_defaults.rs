// Covers: traits with generic default methods (where Self: Sized, keeping the trait dyn-compatible) calling required methods, supertrait bounds used in defaults, trait objects vs generics over the same trait, associated type defaults via generics.
use std::fmt::Display;

trait Storage {
    fn get(&self, key: &str) -> Option<String>;
    fn put(&mut self, key: &str, val: String);
    fn keys(&self) -> Vec<String>;

    fn get_or(&self, key: &str, default: &str) -> String {
        self.get(key).unwrap_or_else(|| default.to_string())
    }
    fn put_display<T: Display>(&mut self, key: &str, v: T)
    where
        Self: Sized,
    {
        self.put(key, v.to_string());
    }
    fn get_parsed<T: std::str::FromStr>(&self, key: &str) -> Option<T>
    where
        Self: Sized,
    {
        self.get(key)?.parse().ok()
    }
    fn dump(&self) -> String {
        let mut ks = self.keys();
        ks.sort();
        ks.iter().map(|k| format!("{}={}", k, self.get(k).unwrap())).collect::<Vec<_>>().join(", ")
    }
}

#[derive(Default)]
struct VecStore(Vec<(String, String)>);

impl Storage for VecStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }
    fn put(&mut self, key: &str, val: String) {
        self.0.push((key.to_string(), val));
    }
    fn keys(&self) -> Vec<String> {
        let mut ks: Vec<String> = self.0.iter().map(|(k, _)| k.clone()).collect();
        ks.sort();
        ks.dedup();
        ks
    }
}

#[derive(Default)]
struct UpperStore(std::collections::BTreeMap<String, String>);

impl Storage for UpperStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(&key.to_uppercase()).cloned()
    }
    fn put(&mut self, key: &str, val: String) {
        self.0.insert(key.to_uppercase(), val);
    }
    fn keys(&self) -> Vec<String> {
        self.0.keys().cloned().collect()
    }
    fn dump(&self) -> String {
        format!("UpperStore{:?}", self.0)
    }
}

fn fill<S: Storage>(s: &mut S) {
    s.put_display("count", 42);
    s.put_display("pi", 3.14159);
    s.put("name", "mirage".into());
    s.put_display("count", 43);
}

fn report(s: &dyn Storage) -> String {
    format!("count+1={:?} missing={} dump=[{}]", s.get("count").and_then(|c| c.parse::<i32>().ok()).map(|c| c + 1), s.get_or("missing", "-"), s.dump())
}

fn main() {
    let mut a = VecStore::default();
    let mut b = UpperStore::default();
    fill(&mut a);
    fill(&mut b);
    println!("a: {}", report(&a));
    println!("b: {}", report(&b));
    println!("parsed pi {:?} as int {:?}", a.get_parsed::<f64>("pi"), a.get_parsed::<i32>("pi"));
    println!("b keys {:?} raw entries in a {}", b.keys(), a.0.len());
    let stores: Vec<Box<dyn Storage>> = vec![Box::new(a), Box::new(b)];
    for s in &stores {
        println!("name via dyn: {}", s.get_or("NAME", "?"));
    }
}
