// Covers: drop order in collections: Vec truncate/clear/pop, HashMap remove, Option take/replace, mem::replace, Box<dyn Trait> fields, ManuallyDrop suppression and explicit drop.
use std::collections::BTreeMap;
use std::mem::ManuallyDrop;

struct T(String);

impl Drop for T {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

fn t(s: &str) -> T {
    T(s.to_string())
}

trait Named {
    fn name(&self) -> &str;
}

impl Named for T {
    fn name(&self) -> &str {
        &self.0
    }
}

struct Holder {
    a: Box<dyn Named>,
    b: Vec<T>,
    c: Option<T>,
}

fn main() {
    println!("vec truncate:");
    let mut v = vec![t("v1"), t("v2"), t("v3"), t("v4")];
    v.truncate(2);
    println!("vec pop:");
    drop(v.pop());
    println!("vec clear:");
    v.clear();
    println!("vec drop on reassign:");
    v = vec![t("n1")];
    v.push(t("n2"));
    println!("btreemap insert replacing:");
    let mut m = BTreeMap::new();
    m.insert(1, t("m1"));
    m.insert(2, t("m2"));
    m.insert(1, t("m1-new"));
    println!("btreemap remove:");
    m.remove(&2);
    println!("option take/replace:");
    let mut o = Some(t("o1"));
    let taken = o.take();
    o.replace(t("o2"));
    let old = o.replace(t("o3"));
    drop(old);
    drop(taken);
    println!("mem::replace:");
    let mut r = t("r1");
    let prev = std::mem::replace(&mut r, t("r2"));
    drop(prev);
    println!("holder:");
    let h = Holder { a: Box::new(t("h.a")), b: vec![t("h.b0"), t("h.b1")], c: Some(t("h.c")) };
    println!("holder name {} b={} c={}", h.a.name(), h.b.len(), h.c.is_some());
    drop(h);
    println!("manually drop:");
    let mut md = ManuallyDrop::new(t("md"));
    md.0.push_str("-changed");
    unsafe { ManuallyDrop::drop(&mut md) };
    let md2 = ManuallyDrop::new(t("md2"));
    let inner = ManuallyDrop::into_inner(md2);
    println!("into_inner {}", inner.0);
    println!("end of main:");
}
