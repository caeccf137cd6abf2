// Covers: fn main() -> Result<(), Box<dyn Error>> returning Err: stderr gets "Error: <Debug>", exit code 1, stdout before it is kept.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ValidationError {
    field: &'static str,
    value: i32,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} = {} is invalid", self.field, self.value)
    }
}

impl Error for ValidationError {}

fn validate(age: i32) -> Result<i32, ValidationError> {
    if (0..150).contains(&age) { Ok(age) } else { Err(ValidationError { field: "age", value: age }) }
}

fn main() -> Result<(), Box<dyn Error>> {
    for a in [30, 99] {
        println!("valid {}", validate(a)?);
    }
    let n: i32 = "12".parse()?;
    println!("parsed {}", n);
    validate(-n)?;
    println!("never");
    Ok(())
}
