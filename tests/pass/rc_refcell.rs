// Covers: Rc, Rc::clone/strong_count, RefCell borrow/borrow_mut, shared mutable graph, Rc::try_unwrap, Rc::ptr_eq, Rc<str>, make_mut.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

fn transfer(from: &Rc<RefCell<Account>>, to: &Rc<RefCell<Account>>, amt: i64) -> Result<(), String> {
    if from.borrow().balance < amt {
        return Err(format!("{} has insufficient funds", from.borrow().owner));
    }
    from.borrow_mut().balance -= amt;
    from.borrow_mut().history.push(-amt);
    let mut t = to.borrow_mut();
    t.balance += amt;
    t.history.push(amt);
    Ok(())
}

fn main() {
    let a = Rc::new(RefCell::new(Account { owner: "alice".into(), balance: 100, history: vec![] }));
    let b = Rc::new(RefCell::new(Account { owner: "bob".into(), balance: 20, history: vec![] }));
    let bank = vec![Rc::clone(&a), Rc::clone(&b)];
    println!("strong counts: {} {}", Rc::strong_count(&a), Rc::strong_count(&b));
    println!("{:?}", transfer(&a, &b, 30));
    println!("{:?}", transfer(&b, &a, 80));
    println!("{:?}", transfer(&b, &a, 50));
    for acc in &bank {
        let acc = acc.borrow();
        println!("{}: {} {:?}", acc.owner, acc.balance, acc.history);
    }
    println!("ptr_eq {} {}", Rc::ptr_eq(&a, &bank[0]), Rc::ptr_eq(&a, &bank[1]));
    drop(bank);
    println!("after drop: {}", Rc::strong_count(&a));
    let only = Rc::try_unwrap(a).map(|c| c.into_inner());
    println!("try_unwrap: {:?}", only.map(|acc| acc.balance));
    let shared = Rc::new(vec![1, 2, 3]);
    let other = Rc::clone(&shared);
    let mut mine = Rc::clone(&shared);
    Rc::make_mut(&mut mine).push(4);
    println!("shared {:?} other {:?} mine {:?} count {}", shared, other, mine, Rc::strong_count(&shared));
    let s: Rc<str> = Rc::from("shared str");
    let s2 = s.clone();
    println!("{} {} {}", s, s2.len(), Rc::strong_count(&s));
    let cell = RefCell::new(5);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two borrows {} {} try_borrow_mut err? {}", r1, r2, cell.try_borrow_mut().is_err());
    }
    *cell.borrow_mut() += 10;
    println!("cell {:?} replace {} now {}", cell, cell.replace(1), cell.borrow());
    let counter = Rc::new(RefCell::new(Vec::new()));
    let pushers: Vec<Box<dyn Fn(i32)>> = (0..3).map(|i| {
        let c = Rc::clone(&counter);
        Box::new(move |x: i32| c.borrow_mut().push(x * 10 + i)) as Box<dyn Fn(i32)>
    }).collect();
    for (n, p) in pushers.iter().enumerate() {
        p(n as i32 + 1);
    }
    println!("counter {:?} rc {}", counter.borrow(), Rc::strong_count(&counter));
}
