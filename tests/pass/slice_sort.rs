// Covers: slice sort, sort_by, sort_by_key, sort_unstable(_by), binary_search(_by/_by_key), partition_point, select_nth_unstable, is_sorted, reverse.
#[derive(Debug, Clone)]
struct Item {
    name: &'static str,
    price: u32,
    qty: u8,
}

fn main() {
    let mut v = vec![38, 27, 43, 3, 9, 82, 10, 3, -5, 0];
    let mut a = v.clone();
    a.sort();
    println!("sort {:?}", a);
    let mut b = v.clone();
    b.sort_by(|x, y| y.cmp(x));
    println!("sort_by desc {:?}", b);
    let mut c = v.clone();
    c.sort_unstable();
    println!("sort_unstable {:?} same as sort {}", c, c == a);
    v.sort_unstable_by(|x: &i32, y: &i32| x.abs().cmp(&y.abs()).then(x.cmp(y)));
    println!("by abs {:?}", v);
    v.sort_by_key(|x| x % 10);
    println!("by last digit (stable) {:?}", v);
    println!("binary_search 43 {:?}", a.binary_search(&43));
    println!("binary_search 44 {:?}", a.binary_search(&44));
    println!("binary_search 3 is ok {}", a.binary_search(&3).is_ok());
    println!("partition_point <10 {}", a.partition_point(|&x| x < 10));
    let mut items = vec![
        Item { name: "pen", price: 150, qty: 10 },
        Item { name: "book", price: 1299, qty: 2 },
        Item { name: "cup", price: 450, qty: 5 },
        Item { name: "bag", price: 2500, qty: 1 },
        Item { name: "ink", price: 150, qty: 3 },
    ];
    items.sort_by_key(|i| i.price);
    for i in &items {
        println!("{:<5} {:>5} x{}", i.name, i.price, i.qty);
    }
    println!("find by price 450: {:?}", items.binary_search_by_key(&450, |i| i.price).map(|ix| items[ix].name));
    println!("find by name cmp: {:?}", items.binary_search_by(|i| i.price.cmp(&2500)));
    items.sort_by(|a, b| (b.price * b.qty as u32).cmp(&(a.price * a.qty as u32)).then_with(|| a.name.cmp(b.name)));
    println!("by total value: {:?}", items.iter().map(|i| i.name).collect::<Vec<_>>());
    let mut f = vec![2.5, -1.0, 3.75, 0.0, -0.0, 1e10];
    f.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("floats {:?}", f);
    f.sort_by(f64::total_cmp);
    println!("total_cmp {:?}", f);
    let mut m = vec![9, 1, 8, 2, 7, 3, 6, 4, 5];
    let (_, median, _) = m.select_nth_unstable(4);
    println!("median {}", median);
    println!("is_sorted {} {}", a.is_sorted(), m.is_sorted());
    m.sort_unstable_by_key(|&x| std::cmp::Reverse(x));
    println!("desc {:?}", m);
    let mut big: Vec<u32> = (0..1000).map(|i| (i * 7919 + 13) % 1009).collect();
    big.sort();
    big.dedup();
    println!("big sorted len {} first {:?} last {:?}", big.len(), &big[..5], big.last());
}
