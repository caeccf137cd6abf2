// Covers: Result::expect("msg") on Err panics with `msg: Debug(err)`.
#[derive(Debug)]
#[allow(dead_code)]
enum DbError {
    NotFound { table: String, id: u64 },
}

fn fetch(id: u64) -> Result<String, DbError> {
    if id < 10 { Ok(format!("row{}", id)) } else { Err(DbError::NotFound { table: "users".into(), id }) }
}

fn main() {
    println!("{}", fetch(3).expect("row 3 exists"));
    let row = fetch(42).expect("failed to fetch user 42");
    println!("never {}", row);
}
