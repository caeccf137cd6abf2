// Covers: Cell get/set/replace/take, OnceCell get_or_init, RefCell in struct (interior mutability through &self), Cell in a counter struct.
use std::cell::{Cell, OnceCell, RefCell};

struct Counter {
    hits: Cell<u32>,
    log: RefCell<Vec<String>>,
    expensive: OnceCell<u64>,
}

impl Counter {
    fn hit(&self, who: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(format!("{}#{}", who, self.hits.get()));
    }
    fn value(&self) -> u64 {
        *self.expensive.get_or_init(|| {
            println!("  (computing expensive value)");
            (1..=15u64).product()
        })
    }
}

fn main() {
    let c = Cell::new(10);
    c.set(c.get() * 2);
    println!("cell {} replace old {} now {}", c.get(), c.replace(7), c.get());
    let t: Cell<Vec<i32>> = Cell::new(vec![1, 2]);
    let taken = t.take();
    println!("take {:?} left {:?}", taken, t.take());
    let swap_a = Cell::new('a');
    let swap_b = Cell::new('b');
    swap_a.swap(&swap_b);
    println!("swapped {} {}", swap_a.get(), swap_b.get());
    let counter = Counter { hits: Cell::new(0), log: RefCell::new(vec![]), expensive: OnceCell::new() };
    let r1 = &counter;
    let r2 = &counter;
    r1.hit("x");
    r2.hit("y");
    r1.hit("z");
    println!("hits {} log {:?}", counter.hits.get(), counter.log.borrow());
    println!("value {}", counter.value());
    println!("value again {}", counter.value());
    let once: OnceCell<String> = OnceCell::new();
    println!("get before {:?}", once.get());
    println!("set {:?}", once.set("first".to_string()));
    println!("set again {:?}", once.set("second".to_string()));
    println!("get after {:?}", once.get());
    let cells: Vec<Cell<i32>> = (0..5).map(Cell::new).collect();
    for w in cells.windows(2) {
        w[1].set(w[1].get() + w[0].get());
    }
    println!("prefix sums {:?}", cells.iter().map(Cell::get).collect::<Vec<_>>());
    let slice = &mut [1, 2, 3][..];
    let cell_slice = Cell::from_mut(slice).as_slice_of_cells();
    cell_slice[0].set(cell_slice[2].get() * 100);
    println!("slice of cells {:?}", slice);
    let rc = RefCell::new(vec![1]);
    rc.borrow_mut().push(2);
    let len = rc.borrow().len();
    println!("refcell {:?} len {} into_inner {:?}", rc, len, rc.clone().into_inner());
    let b = rc.borrow();
    println!("try_borrow_mut while borrowed: {:?}", rc.try_borrow_mut().map(|_| ()).is_err());
    drop(b);
}
