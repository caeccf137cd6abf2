// Covers: slices of structs: filtering, grouping, aggregating, iter_mut updates, sorting by multiple keys, retain, binary search on key.
#[derive(Debug, Clone, PartialEq)]
struct Employee {
    name: String,
    dept: &'static str,
    salary: u32,
    years: u8,
}

fn emp(name: &str, dept: &'static str, salary: u32, years: u8) -> Employee {
    Employee { name: name.to_string(), dept, salary, years }
}

fn average(es: &[Employee]) -> f64 {
    if es.is_empty() {
        return 0.0;
    }
    es.iter().map(|e| e.salary as f64).sum::<f64>() / es.len() as f64
}

fn main() {
    let mut staff = vec![
        emp("Ann", "eng", 120, 5),
        emp("Bob", "ops", 80, 2),
        emp("Cid", "eng", 95, 1),
        emp("Dee", "sales", 70, 7),
        emp("Eve", "eng", 150, 9),
        emp("Fay", "ops", 85, 4),
    ];
    println!("average {:.2}", average(&staff));
    let eng: Vec<&Employee> = staff.iter().filter(|e| e.dept == "eng").collect();
    println!("eng: {:?}", eng.iter().map(|e| &e.name).collect::<Vec<_>>());
    let mut depts: Vec<&str> = staff.iter().map(|e| e.dept).collect();
    depts.sort();
    depts.dedup();
    for d in &depts {
        let members: Vec<Employee> = staff.iter().filter(|e| e.dept == *d).cloned().collect();
        println!("{:<6} n={} avg={:>7.2} max={:?}", d, members.len(), average(&members), members.iter().map(|e| e.salary).max());
    }
    for e in staff.iter_mut() {
        if e.years >= 5 {
            e.salary += e.salary / 10;
        }
    }
    staff.sort_by(|a, b| a.dept.cmp(b.dept).then(b.salary.cmp(&a.salary)));
    for e in &staff {
        println!("{:>5} {:<6} {:>4} {}y", e.name, e.dept, e.salary, e.years);
    }
    let senior = &staff[..3];
    println!("first three: {:?}", senior.iter().map(|e| e.name.as_str()).collect::<Vec<_>>());
    staff.retain(|e| e.salary > 85);
    println!("retained {}", staff.len());
    staff.sort_by(|a, b| a.name.cmp(&b.name));
    let idx = staff.binary_search_by(|e| e.name.as_str().cmp("Eve"));
    println!("Eve at {:?}: {:?}", idx, idx.map(|i| &staff[i]));
    let copy = staff.clone();
    println!("clone equal {}", copy == staff);
    let (vet, new): (Vec<&Employee>, Vec<&Employee>) = staff.iter().partition(|e| e.years > 3);
    println!("veterans {} newcomers {}", vet.len(), new.len());
}
