// Covers: Vec<Box<dyn Fn(&T) -> bool>> predicate pipelines, combinators returning boxed closures (and/or/not), generic filter application over structs.
#[derive(Debug, Clone)]
struct Product {
    name: &'static str,
    price: u32,
    tags: Vec<&'static str>,
}

type Pred<T> = Box<dyn Fn(&T) -> bool>;

fn and<T: 'static>(a: Pred<T>, b: Pred<T>) -> Pred<T> {
    Box::new(move |x| a(x) && b(x))
}

fn or<T: 'static>(a: Pred<T>, b: Pred<T>) -> Pred<T> {
    Box::new(move |x| a(x) || b(x))
}

fn not<T: 'static>(a: Pred<T>) -> Pred<T> {
    Box::new(move |x| !a(x))
}

fn price_below(limit: u32) -> Pred<Product> {
    Box::new(move |p| p.price < limit)
}

fn has_tag(tag: &'static str) -> Pred<Product> {
    Box::new(move |p| p.tags.contains(&tag))
}

fn apply<'a, T>(items: &'a [T], preds: &[Pred<T>]) -> Vec<&'a T> {
    items.iter().filter(|i| preds.iter().all(|p| p(i))).collect()
}

fn main() {
    let items = vec![
        Product { name: "laptop", price: 1200, tags: vec!["tech", "work"] },
        Product { name: "pen", price: 2, tags: vec!["work"] },
        Product { name: "headphones", price: 150, tags: vec!["tech", "music"] },
        Product { name: "guitar", price: 400, tags: vec!["music"] },
        Product { name: "mug", price: 8, tags: vec![] },
    ];
    let names = |v: Vec<&Product>| v.iter().map(|p| p.name).collect::<Vec<_>>();
    println!("cheap tech: {:?}", names(apply(&items, &[price_below(500), has_tag("tech")])));
    println!("music or work: {:?}", names(apply(&items, &[or(has_tag("music"), has_tag("work"))])));
    println!("not tech and < 100: {:?}", names(apply(&items, &[and(not(has_tag("tech")), price_below(100))])));
    println!("no filters: {:?}", names(apply(&items, &[])));
    let name_len: Pred<Product> = Box::new(|p| p.name.len() > 4);
    println!("long names: {:?}", names(apply(&items, &[name_len])));
    let numbers: Vec<i64> = (1..=30).collect();
    let num_preds: Vec<Pred<i64>> = vec![Box::new(|n| n % 2 == 0), Box::new(|n| n % 3 == 0), not(Box::new(|n| *n > 20))];
    println!("even, div3, <=20: {:?}", apply(&numbers, &num_preds));
    let total: u32 = items.iter().filter(|p| has_tag("tech")(p)).map(|p| p.price).sum();
    println!("tech total {}", total);
}
