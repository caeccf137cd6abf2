// Covers: structs borrowing slices with explicit lifetimes returning iterators of borrowed items, impl Iterator + '_ returns, splitting borrowed text into records without copying.
#[derive(Debug)]
struct Record<'a> {
    name: &'a str,
    fields: Vec<&'a str>,
}

struct Table<'a> {
    text: &'a str,
}

impl<'a> Table<'a> {
    fn records(&self) -> impl Iterator<Item = Record<'a>> + 'a {
        self.text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| {
            let mut parts = l.split(',').map(str::trim);
            let name = parts.next().unwrap_or("");
            Record { name, fields: parts.collect() }
        })
    }
    fn column(&self, i: usize) -> impl Iterator<Item = &'a str> + 'a {
        self.records().filter_map(move |r| r.fields.get(i).copied())
    }
}

struct Window<'a, T> {
    data: &'a [T],
    size: usize,
}

impl<'a, T> Window<'a, T> {
    fn iter(&self) -> impl Iterator<Item = &'a [T]> + '_ {
        (0..(self.data.len() + 1).saturating_sub(self.size)).map(move |i| &self.data[i..i + self.size])
    }
}

fn longest_field<'a>(recs: &[Record<'a>]) -> Option<&'a str> {
    recs.iter().flat_map(|r| r.fields.iter().copied()).max_by_key(|f| f.len())
}

fn main() {
    let text = String::from("# name, kind, size\nalpha, file, 120\nbeta, dir, 4096\n\ngamma, link, 7\ndelta, file\n");
    let t = Table { text: &text };
    let recs: Vec<Record> = t.records().collect();
    for r in &recs {
        println!("{:<6} {:?}", r.name, r.fields);
    }
    println!("kinds {:?}", t.column(0).collect::<Vec<_>>());
    let sizes: Vec<u32> = t.column(1).filter_map(|s| s.parse().ok()).collect();
    println!("sizes {:?} total {}", sizes, sizes.iter().sum::<u32>());
    println!("longest field {:?}", longest_field(&recs));
    let nums = [1, 5, 2, 8, 3, 9, 4];
    let w = Window { data: &nums, size: 3 };
    for win in w.iter() {
        println!("window {:?} max {}", win, win.iter().max().unwrap());
    }
    let big = Window { data: &nums, size: 10 };
    println!("oversized windows {}", big.iter().count());
}
