// Covers: hand-written singly linked list with Option<Box<Node>>: push, pop, peek, reverse, iter, iter_mut, into_iter, Drop without recursion.
struct Node<T> {
    val: T,
    next: Option<Box<Node<T>>>,
}

struct Stack<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { head: None, len: 0 }
    }
    fn push(&mut self, val: T) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { val, next }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|n| {
            self.head = n.next;
            self.len -= 1;
            n.val
        })
    }
    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.val)
    }
    fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.as_mut().map(|n| &mut n.val)
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut n) = cur {
            cur = n.next.take();
            n.next = prev;
            prev = Some(n);
        }
        self.head = prev;
    }
    fn iter(&self) -> Iter<'_, T> {
        Iter { next: self.head.as_deref() }
    }
    fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { next: self.head.as_deref_mut() }
    }
}

impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        while let Some(mut n) = cur {
            cur = n.next.take();
        }
    }
}

struct Iter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.next.map(|n| {
            self.next = n.next.as_deref();
            &n.val
        })
    }
}

struct IterMut<'a, T> {
    next: Option<&'a mut Node<T>>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        self.next.take().map(|n| {
            self.next = n.next.as_deref_mut();
            &mut n.val
        })
    }
}

struct IntoIter<T>(Stack<T>);

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.0.pop()
    }
}

impl<T> IntoIterator for Stack<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter(self)
    }
}

fn main() {
    let mut s = Stack::new();
    for i in 1..=6 {
        s.push(i * 11);
    }
    println!("len {} peek {:?}", s.len, s.peek());
    println!("items {:?}", s.iter().collect::<Vec<_>>());
    s.reverse();
    println!("reversed {:?}", s.iter().collect::<Vec<_>>());
    for v in s.iter_mut() {
        *v += 1;
    }
    if let Some(top) = s.peek_mut() {
        *top = 0;
    }
    println!("mutated {:?}", s.iter().collect::<Vec<_>>());
    println!("pop {:?} {:?} len {}", s.pop(), s.pop(), s.len);
    let strings: Stack<String> = {
        let mut t = Stack::new();
        for w in ["x", "y", "z"] {
            t.push(w.repeat(2));
        }
        t
    };
    println!("into_iter {:?}", strings.into_iter().collect::<Vec<_>>());
    let mut big = Stack::new();
    for i in 0..2000 {
        big.push(i);
    }
    println!("big sum {}", big.iter().sum::<i32>());
}
