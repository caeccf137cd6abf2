// Covers: builder pattern with method chaining (by value and &mut), typestate with PhantomData, Option fields with defaults, validation errors.
use std::marker::PhantomData;

#[derive(Debug, Clone)]
struct Request {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout: u32,
}

#[derive(Default)]
struct RequestBuilder {
    method: Option<String>,
    url: Option<String>,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout: Option<u32>,
}

impl RequestBuilder {
    fn method(mut self, m: &str) -> Self {
        self.method = Some(m.to_string());
        self
    }
    fn url(mut self, u: &str) -> Self {
        self.url = Some(u.to_string());
        self
    }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.into(), v.into()));
        self
    }
    fn body(mut self, b: &str) -> Self {
        self.body = Some(b.into());
        self
    }
    fn timeout(mut self, t: u32) -> Self {
        self.timeout = Some(t);
        self
    }
    fn build(self) -> Result<Request, String> {
        let url = self.url.ok_or("url is required")?;
        let method = self.method.unwrap_or_else(|| "GET".into());
        if method == "GET" && self.body.is_some() {
            return Err("GET cannot have a body".into());
        }
        Ok(Request { method, url, headers: self.headers, body: self.body, timeout: self.timeout.unwrap_or(30) })
    }
}

struct Locked;
struct Unlocked;

struct Door<S> {
    name: String,
    opens: u32,
    _s: PhantomData<S>,
}

impl Door<Locked> {
    fn new(name: &str) -> Self {
        Door { name: name.into(), opens: 0, _s: PhantomData }
    }
    fn unlock(self) -> Door<Unlocked> {
        println!("unlocking {}", self.name);
        Door { name: self.name, opens: self.opens, _s: PhantomData }
    }
}

impl Door<Unlocked> {
    fn open(&mut self) -> &mut Self {
        self.opens += 1;
        println!("{} opened ({} times)", self.name, self.opens);
        self
    }
    fn lock(self) -> Door<Locked> {
        println!("locking {}", self.name);
        Door { name: self.name, opens: self.opens, _s: PhantomData }
    }
}

struct Counter {
    n: i32,
}

impl Counter {
    fn add(&mut self, k: i32) -> &mut Self {
        self.n += k;
        self
    }
    fn double(&mut self) -> &mut Self {
        self.n *= 2;
        self
    }
}

fn main() {
    let r = RequestBuilder::default().url("https://example.org").header("Accept", "*/*").build();
    println!("{:?}", r);
    let r2 = RequestBuilder::default().method("POST").url("/api").body("{}").timeout(5).header("A", "1").header("B", "2").build();
    println!("{:#?}", r2);
    println!("{:?}", RequestBuilder::default().method("GET").body("x").url("/").build());
    println!("{:?}", RequestBuilder::default().build().map(|r| r.url));
    if let Ok(req) = r2 {
        println!("{} {} headers={} body={:?} timeout={}", req.method, req.url, req.headers.len(), req.body, req.timeout);
    }
    let d = Door::new("front");
    let mut d = d.unlock();
    d.open().open();
    let d = d.lock();
    println!("door {} opened {} times total", d.name, d.opens);
    let mut c = Counter { n: 1 };
    c.add(2).double().add(-1).double();
    println!("counter {}", c.n);
}
