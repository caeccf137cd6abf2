// Covers: generic associated types (lending iterator, family pattern), impl Trait in arg/return position, trait with generic methods.
trait LendingIter {
    type Item<'a>
    where
        Self: 'a;
    fn next<'a>(&'a mut self) -> Option<Self::Item<'a>>;
}

struct WindowsMut<'s> {
    data: &'s mut [i32],
    pos: usize,
    size: usize,
}

impl<'s> LendingIter for WindowsMut<'s> {
    type Item<'a> = &'a mut [i32] where Self: 'a;
    fn next<'a>(&'a mut self) -> Option<&'a mut [i32]> {
        if self.pos + self.size > self.data.len() {
            return None;
        }
        let w = &mut self.data[self.pos..self.pos + self.size];
        self.pos += 1;
        Some(w)
    }
}

trait Family {
    type Member<T>;
    fn wrap<T>(x: T) -> Self::Member<T>;
}

struct OptionFamily;
struct VecFamily;

impl Family for OptionFamily {
    type Member<T> = Option<T>;
    fn wrap<T>(x: T) -> Option<T> {
        Some(x)
    }
}

impl Family for VecFamily {
    type Member<T> = Vec<T>;
    fn wrap<T>(x: T) -> Vec<T> {
        vec![x]
    }
}

fn wrap_both<F: Family>(a: i32, b: &str) -> (F::Member<i32>, F::Member<String>) {
    (F::wrap(a), F::wrap(b.to_string()))
}

trait Mapper {
    type Out<T>;
    fn map_it<T, U>(x: Self::Out<T>, f: impl Fn(T) -> U) -> Self::Out<U>;
}

impl Mapper for OptionFamily {
    type Out<T> = Option<T>;
    fn map_it<T, U>(x: Option<T>, f: impl Fn(T) -> U) -> Option<U> {
        x.map(f)
    }
}

fn evens(limit: u32) -> impl Iterator<Item = u32> + Clone {
    (0..limit).filter(|x| x % 2 == 0)
}

fn total(it: impl IntoIterator<Item = u32>) -> u32 {
    it.into_iter().sum()
}

fn main() {
    let mut data = [1, 2, 3, 4, 5];
    let mut w = WindowsMut { data: &mut data, pos: 0, size: 3 };
    while let Some(win) = w.next() {
        win[1] += win[0] * 10;
        println!("window {:?}", win);
    }
    println!("data {:?}", data);
    let (a, b) = wrap_both::<OptionFamily>(1, "x");
    println!("{:?} {:?}", a, b);
    let (c, d) = wrap_both::<VecFamily>(2, "y");
    println!("{:?} {:?}", c, d);
    println!("{:?}", OptionFamily::map_it(Some(21), |x| x * 2));
    println!("{:?}", OptionFamily::map_it(None::<i32>, |x| x * 2));
    let e = evens(10);
    println!("evens {:?} total {}", e.clone().collect::<Vec<_>>(), total(e));
    println!("total vec {}", total(vec![5, 6, 7]));
}
