// Covers: inventory management with HashMap<String, Item>, nested Vec of records, grouping by category in BTreeMap, restock/sell with errors, sorted reports with formatting.
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone)]
struct Item {
    name: String,
    category: &'static str,
    qty: u32,
    price_cents: u64,
}

#[derive(Debug)]
#[allow(dead_code)]
enum InvError {
    Unknown(String),
    NotEnough { name: String, have: u32, want: u32 },
}

struct Inventory {
    items: HashMap<String, Item>,
    sales: Vec<(String, u32, u64)>,
}

impl Inventory {
    fn add(&mut self, name: &str, category: &'static str, qty: u32, price_cents: u64) {
        self.items
            .entry(name.to_string())
            .and_modify(|i| i.qty += qty)
            .or_insert(Item { name: name.to_string(), category, qty, price_cents });
    }
    fn sell(&mut self, name: &str, want: u32) -> Result<u64, InvError> {
        let it = self.items.get_mut(name).ok_or_else(|| InvError::Unknown(name.to_string()))?;
        if it.qty < want {
            return Err(InvError::NotEnough { name: name.into(), have: it.qty, want });
        }
        it.qty -= want;
        let total = it.price_cents * want as u64;
        self.sales.push((name.to_string(), want, total));
        Ok(total)
    }
}

fn money(c: u64) -> String {
    format!("${}.{:02}", c / 100, c % 100)
}

fn main() {
    let mut inv = Inventory { items: HashMap::new(), sales: vec![] };
    inv.add("apple", "fruit", 50, 45);
    inv.add("banana", "fruit", 30, 25);
    inv.add("hammer", "tools", 5, 1599);
    inv.add("nails", "tools", 1000, 2);
    inv.add("milk", "dairy", 12, 199);
    inv.add("apple", "fruit", 10, 45);
    for (n, q) in [("apple", 20), ("hammer", 6), ("milk", 12), ("caviar", 1), ("nails", 250), ("hammer", 2)] {
        match inv.sell(n, q) {
            Ok(t) => println!("sold {:>4} x {:<7} = {:>8}", q, n, money(t)),
            Err(e) => println!("failed: {:?}", e),
        }
    }
    let mut by_cat: BTreeMap<&str, Vec<&Item>> = BTreeMap::new();
    for it in inv.items.values() {
        by_cat.entry(it.category).or_default().push(it);
    }
    for (cat, items) in by_cat.iter_mut() {
        items.sort_by(|a, b| a.name.cmp(&b.name));
        let value: u64 = items.iter().map(|i| i.qty as u64 * i.price_cents).sum();
        println!("[{}] stock value {}", cat, money(value));
        for i in items.iter() {
            println!("    {:<8} qty {:>5} @ {:>7}{}", i.name, i.qty, money(i.price_cents), if i.qty == 0 { "  (SOLD OUT)" } else { "" });
        }
    }
    let revenue: u64 = inv.sales.iter().map(|s| s.2).sum();
    let best = inv.sales.iter().max_by_key(|s| s.2).unwrap();
    println!("revenue {} from {} sales; best sale {:?}", money(revenue), inv.sales.len(), best);
}
