// Covers: the ? operator on Option in Option-returning functions, chained lookups through nested structures, Option<&T> navigation, and_then chains vs ?, ok_or conversions to Result.
use std::collections::HashMap;

struct Company {
    departments: HashMap<&'static str, Department>,
}

struct Department {
    manager: Option<Employee>,
    staff: Vec<Employee>,
}

#[derive(Clone)]
struct Employee {
    name: &'static str,
    email: Option<&'static str>,
    address: Option<Address>,
}

#[derive(Clone)]
struct Address {
    city: &'static str,
    zip: Option<&'static str>,
}

fn manager_zip(c: &Company, dept: &str) -> Option<&'static str> {
    let d = c.departments.get(dept)?;
    let m = d.manager.as_ref()?;
    let a = m.address.as_ref()?;
    a.zip
}

fn manager_zip_chain(c: &Company, dept: &str) -> Option<&'static str> {
    c.departments.get(dept).and_then(|d| d.manager.as_ref()).and_then(|m| m.address.as_ref()).and_then(|a| a.zip)
}

fn first_email_domain(d: &Department) -> Option<&'static str> {
    let email = d.staff.iter().find_map(|e| e.email)?;
    let (_, domain) = email.split_once('@')?;
    Some(domain)
}

fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let (a, b) = s.split_once(',')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

fn city_of(c: &Company, dept: &str, idx: usize) -> Result<&'static str, String> {
    let d = c.departments.get(dept).ok_or(format!("no department {}", dept))?;
    let e = d.staff.get(idx).ok_or(format!("no employee #{} in {}", idx, dept))?;
    let a = e.address.as_ref().ok_or(format!("{} has no address", e.name))?;
    Ok(a.city)
}

fn main() {
    let alice = Employee { name: "alice", email: Some("alice@corp.example"), address: Some(Address { city: "Lyon", zip: Some("69001") }) };
    let bob = Employee { name: "bob", email: None, address: Some(Address { city: "Oslo", zip: None }) };
    let carol = Employee { name: "carol", email: Some("carol@lab.example"), address: None };
    let mut departments = HashMap::new();
    departments.insert("eng", Department { manager: Some(alice.clone()), staff: vec![bob.clone(), carol.clone()] });
    departments.insert("ops", Department { manager: Some(bob.clone()), staff: vec![alice.clone()] });
    departments.insert("hr", Department { manager: None, staff: vec![] });
    let c = Company { departments };
    for d in ["eng", "ops", "hr", "legal"] {
        println!("{:<5} zip {:?} chain {:?}", d, manager_zip(&c, d), manager_zip_chain(&c, d));
    }
    for d in ["eng", "ops", "hr"] {
        println!("{:<5} first email domain {:?}", d, first_email_domain(&c.departments[d]));
    }
    for s in ["3, 4", "x,1", "7", " -2 ,  9 "] {
        println!("{:?} -> {:?}", s, parse_pair(s));
    }
    for (d, i) in [("eng", 0), ("eng", 1), ("eng", 5), ("sales", 0)] {
        println!("city_of({}, {}) = {:?}", d, i, city_of(&c, d, i));
    }
}
