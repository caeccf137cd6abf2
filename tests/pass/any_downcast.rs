// Covers: std::any::Any downcasting (downcast_ref, downcast Box<dyn Any>), TypeId comparison, type_name of simple types, heterogeneous Vec<Box<dyn Any>>.
use std::any::{Any, TypeId};

#[derive(Debug)]
struct Custom {
    id: u32,
}

fn describe(v: &dyn Any) -> String {
    if let Some(i) = v.downcast_ref::<i32>() {
        format!("i32 {}", i)
    } else if let Some(s) = v.downcast_ref::<String>() {
        format!("String {:?}", s)
    } else if let Some(s) = v.downcast_ref::<&str>() {
        format!("&str {:?}", s)
    } else if let Some(c) = v.downcast_ref::<Custom>() {
        format!("Custom #{}", c.id)
    } else if v.is::<f64>() {
        "some f64".into()
    } else {
        "unknown".into()
    }
}

fn is_string<T: ?Sized + Any>(_: &T) -> bool {
    TypeId::of::<T>() == TypeId::of::<String>()
}

fn main() {
    let items: Vec<Box<dyn Any>> = vec![Box::new(5i32), Box::new(String::from("hi")), Box::new("static"), Box::new(Custom { id: 7 }), Box::new(2.5f64), Box::new(1u8)];
    for it in &items {
        println!("{}", describe(it.as_ref()));
    }
    for it in items {
        match it.downcast::<Custom>() {
            Ok(c) => println!("owned custom {:?}", c),
            Err(other) => println!("not custom (is i32? {})", other.is::<i32>()),
        }
    }
    println!("is_string {} {}", is_string(&String::new()), is_string(&5));
    println!("type ids equal {}", TypeId::of::<Vec<u8>>() == TypeId::of::<Vec<u8>>());
    println!("type ids differ {}", TypeId::of::<Vec<u8>>() != TypeId::of::<Vec<i8>>());
    println!("type_name {} {} {}", std::any::type_name::<i32>(), std::any::type_name::<Option<String>>(), std::any::type_name::<[u8; 4]>());
    let mut b: Box<dyn Any> = Box::new(10u64);
    if let Some(x) = b.downcast_mut::<u64>() {
        *x *= 3;
    }
    println!("mutated {:?}", b.downcast_ref::<u64>());
}
