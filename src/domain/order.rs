//! Putting a short list in order without `sort`: each `sort`/`sort_by_key` of a new element type
//! (or with a new closure) adds a copy of the standard library's stable sort, several KB of wasm.
//! An insertion at a binary-searched place keeps equal elements in the order given, as a stable
//! sort does, in little code; it moves elements O(n²), which for the lists it orders (at most a
//! caseload of a few hundred dossiers) is a few microseconds.

/// `items` ordered so that `first(a, b)` holds for every `a` before `b` that compares unequal;
/// `first(a, b)` says whether `a` may come before `b` (`a <= b`), so equal ones keep the order given.
pub(crate) fn ordered_by<T>(items: impl IntoIterator<Item = T>, first: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for item in items {
        insert_by(&mut out, item, &first);
    }
    out
}

/// Puts `item` into the ordered `items` after every element that may come before it.
pub(crate) fn insert_by<T>(items: &mut Vec<T>, item: T, first: impl Fn(&T, &T) -> bool) {
    let at = items.partition_point(|o| first(o, &item));
    items.insert(at, item);
}

/// `items` ordered by `key`, equal keys in the order given (a stable sort by key).
pub(crate) fn ordered<T, K: PartialOrd>(items: impl IntoIterator<Item = T>, key: impl Fn(&T) -> K) -> Vec<T> {
    ordered_by(items, |a, b| key(a) <= key(b))
}

/// Orders `items` in place by `key`, equal keys in the order they were (a stable sort by key).
pub(crate) fn order_by_key<T, K: PartialOrd>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    *items = ordered(std::mem::take(items), key);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_like_a_stable_sort() {
        let items: Vec<(u8, usize)> = [3, 1, 2, 1, 3, 0, 2, 2].into_iter().enumerate().map(|(i, k)| (k, i)).collect();
        let mut sorted = items.clone();
        sorted.sort_by_key(|p| p.0);
        assert_eq!(ordered(items.clone(), |p| p.0), sorted);
        let mut in_place = items;
        order_by_key(&mut in_place, |p| p.0);
        assert_eq!(in_place, sorted);
        assert_eq!(ordered(Vec::<u8>::new(), |k| *k), Vec::<u8>::new());
    }
}
