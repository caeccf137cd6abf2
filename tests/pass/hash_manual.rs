// Covers: manual Hash + Eq impls (case-insensitive keys), DefaultHasher determinism within a run, HashMap with tuple and enum keys, BuildHasher usage.
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};

#[derive(Debug, Clone)]
struct Caseless(String);

impl PartialEq for Caseless {
    fn eq(&self, o: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&o.0)
    }
}
impl Eq for Caseless {}

impl Hash for Caseless {
    fn hash<H: Hasher>(&self, h: &mut H) {
        for b in self.0.bytes() {
            h.write_u8(b.to_ascii_lowercase());
        }
    }
}

fn hash_of<T: Hash>(t: &T) -> u64 {
    let mut h = DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        if self.0 == 0 {
            self.0 = 0xcbf29ce484222325;
        }
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

fn main() {
    let mut m: HashMap<Caseless, u32> = HashMap::new();
    for w in ["Apple", "APPLE", "apple", "Banana", "bAnAnA", "cherry"] {
        *m.entry(Caseless(w.into())).or_insert(0) += 1;
    }
    let mut v: Vec<(String, u32)> = m.iter().map(|(k, v)| (k.0.to_lowercase(), *v)).collect();
    v.sort();
    println!("caseless counts {:?}", v);
    println!("equal hashes: {}", hash_of(&Caseless("HeLLo".into())) == hash_of(&Caseless("hello".into())));
    println!("same value same hash: {}", hash_of(&(1, "x")) == hash_of(&(1, "x")));
    println!("different value different hash: {}", hash_of(&1u32) != hash_of(&2u32));
    let mut grid: HashMap<(i32, i32), char> = HashMap::new();
    for (i, c) in "abcdef".chars().enumerate() {
        grid.insert(((i % 3) as i32, (i / 3) as i32), c);
    }
    let mut cells: Vec<_> = grid.iter().collect();
    cells.sort();
    println!("grid {:?}", cells);
    println!("grid[(2,1)] = {:?}", grid.get(&(2, 1)));
    let mut fm: HashMap<&str, i32, BuildHasherDefault<Fnv>> = HashMap::default();
    fm.insert("one", 1);
    fm.insert("two", 2);
    fm.insert("three", 3);
    let mut fv: Vec<_> = fm.iter().collect();
    fv.sort();
    println!("fnv map {:?}", fv);
    let bh = BuildHasherDefault::<Fnv>::default();
    println!("fnv hash of 'abc' = {:#x}", bh.hash_one("abc"));
    let mut h = Fnv::default();
    h.write(b"abc");
    println!("fnv raw 'abc' = {:#x}", h.finish());
    let set: HashSet<Vec<u8>> = [vec![1, 2], vec![1, 2], vec![2, 1]].into_iter().collect();
    println!("vec keys unique {}", set.len());
}
