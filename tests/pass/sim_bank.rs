// Covers: a small bank simulation: structs, HashMap<u32, Account>, enums for transactions, Result errors, sorted reporting, fixed-point money formatting.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Tx {
    Deposit(u32, i64),
    Withdraw(u32, i64),
    Transfer { from: u32, to: u32, amount: i64 },
    Close(u32),
}

#[derive(Debug)]
enum BankError {
    NoAccount(u32),
    Insufficient { id: u32, need: i64, have: i64 },
    Closed(u32),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoAccount(id) => write!(f, "account {} does not exist", id),
            BankError::Insufficient { id, need, have } => write!(f, "account {} needs {} but has {}", id, Cents(*need), Cents(*have)),
            BankError::Closed(id) => write!(f, "account {} is closed", id),
        }
    }
}

struct Cents(i64);

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{}{}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100)
    }
}

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    open: bool,
}

struct Bank {
    accounts: HashMap<u32, Account>,
    log: Vec<String>,
}

impl Bank {
    fn get(&mut self, id: u32) -> Result<&mut Account, BankError> {
        let a = self.accounts.get_mut(&id).ok_or(BankError::NoAccount(id))?;
        if !a.open {
            return Err(BankError::Closed(id));
        }
        Ok(a)
    }
    fn apply(&mut self, tx: Tx) -> Result<(), BankError> {
        match tx {
            Tx::Deposit(id, amt) => self.get(id)?.balance += amt,
            Tx::Withdraw(id, amt) => {
                let a = self.get(id)?;
                if a.balance < amt {
                    return Err(BankError::Insufficient { id, need: amt, have: a.balance });
                }
                a.balance -= amt;
            }
            Tx::Transfer { from, to, amount } => {
                self.get(to)?;
                self.apply(Tx::Withdraw(from, amount))?;
                self.apply(Tx::Deposit(to, amount))?;
            }
            Tx::Close(id) => {
                let a = self.get(id)?;
                a.open = false;
                let b = a.balance;
                self.log.push(format!("closed {} paying out {}", id, Cents(b)));
            }
        }
        Ok(())
    }
}

fn main() {
    let mut bank = Bank { accounts: HashMap::new(), log: Vec::new() };
    for (id, owner, bal) in [(1, "ana", 10_000), (2, "ben", 2_550), (3, "cy", 0)] {
        bank.accounts.insert(id, Account { owner: owner.into(), balance: bal, open: true });
    }
    let txs = [
        Tx::Deposit(3, 1_999),
        Tx::Withdraw(2, 3_000),
        Tx::Transfer { from: 1, to: 2, amount: 4_321 },
        Tx::Transfer { from: 2, to: 9, amount: 1 },
        Tx::Close(3),
        Tx::Deposit(3, 5),
        Tx::Withdraw(1, 5_679),
        Tx::Withdraw(1, 1),
    ];
    for tx in txs {
        match bank.apply(tx) {
            Ok(()) => println!("ok    {:?}", tx),
            Err(e) => println!("error {:?}: {}", tx, e),
        }
    }
    let mut ids: Vec<&u32> = bank.accounts.keys().collect();
    ids.sort();
    for id in ids {
        let a = &bank.accounts[id];
        println!("#{} {:<4} {:>8} {}", id, a.owner, Cents(a.balance).to_string(), if a.open { "open" } else { "closed" });
    }
    for l in &bank.log {
        println!("log: {}", l);
    }
    let total: i64 = bank.accounts.values().map(|a| a.balance).sum();
    println!("total {}", Cents(total));
}
