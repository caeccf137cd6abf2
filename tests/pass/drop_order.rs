// Covers: Drop order: locals in reverse declaration order, struct fields in declaration order, vec elements, temporaries, mem::drop, moved values, shadowing, scopes.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    _first: D,
    _second: D,
}

fn make(name: &'static str) -> D {
    println!("make {}", name);
    D(name)
}

fn consume(d: D) {
    println!("consume {}", d.0);
}

fn main() {
    let _a = make("a");
    let _b = make("b");
    {
        let _c = make("c");
        println!("inner scope end");
    }
    let p = Pair { _first: make("p.first"), _second: make("p.second") };
    let v = vec![make("v0"), make("v1"), make("v2")];
    let moved = make("moved");
    consume(moved);
    let early = make("early");
    drop(early);
    let _ = make("underscore binding drops immediately");
    let shadow = make("shadow1");
    let shadow = {
        let _keep = &shadow;
        make("shadow2")
    };
    println!("temporary len {}", make("temp").0.len());
    let boxed: Box<D> = Box::new(make("boxed"));
    let opt = Some(make("in option"));
    let tuple = (make("t0"), make("t1"));
    let mut replaced = make("old");
    println!("replaced holds {}", replaced.0);
    replaced = make("new");
    println!("replaced holds {}", replaced.0);
    drop(p);
    println!("end of main: {} {} {} {}", v.len(), shadow.0, boxed.0, opt.is_some());
    let _ = &tuple;
}
