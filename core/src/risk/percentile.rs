//! Percentiles of simulated outcomes by selection (linear time, not a sort), and the five levels
//! (5th, 25th, 50th, 75th, 95th) every risk output reports.
//!
//! Values are selected as integer keys that order like `f64::total_cmp`, which is several times
//! faster than comparing floats.

/// The reported percentile levels, ascending.
pub(crate) const LEVELS: [f64; 5] = [0.05, 0.25, 0.50, 0.75, 0.95];

/// An integer that orders like `x` under `f64::total_cmp` (negative floats have their magnitude
/// bits flipped). Its own inverse.
fn key(x: f64) -> i64 {
    let b = x.to_bits() as i64;
    b ^ (((b >> 63) as u64) >> 1) as i64
}

/// The float whose [`key`] is `k`.
fn unkey(k: i64) -> f64 {
    f64::from_bits((k ^ (((k >> 63) as u64) >> 1) as i64) as u64)
}

/// Quantiles of `xs` at the ascending `levels`, interpolating linearly between order statistics
/// (the "type 7" definition, as in NumPy and R by default). `scratch` is reused between calls.
/// An empty slice gives zeros. The results are non-decreasing whenever `levels` is.
///
/// The order statistics `⌊h⌋` (`h = (n − 1)·p`) of every level are put in place by one
/// multi-selection: select the middle rank, then recurse into each side with the ranks that
/// fall there, about `n·log₂(levels)` comparisons rather than a sort. The next order statistic,
/// `⌊h⌋ + 1`, is then the least key between that rank and the next selected one: a scan.
pub(crate) fn quantiles<const N: usize>(
    xs: &[f64],
    scratch: &mut Vec<i64>,
    levels: &[f64; N],
) -> [f64; N] {
    let mut out = [0.0; N];
    let n = xs.len();
    if n == 0 {
        return out;
    }
    scratch.clear();
    scratch.extend(xs.iter().map(|&x| key(x)));
    let spots = levels.map(|p| {
        let h = (n - 1) as f64 * p.clamp(0.0, 1.0);
        let lo = (h as usize).min(n - 1);
        (lo, h - lo as f64)
    });
    // The ranks to put in place, ascending and distinct.
    let mut ranks = [0usize; N];
    let mut count = 0;
    for &(lo, _) in &spots {
        if count == 0 || ranks[count - 1] < lo {
            ranks[count] = lo;
            count += 1;
        }
    }
    let ranks = &ranks[..count];
    multiselect(scratch, 0, ranks);
    for (slot, &(lo, frac)) in out.iter_mut().zip(&spots) {
        let at = unkey(scratch[lo]);
        *slot = if frac > 0.0 && lo + 1 < n {
            // Everything from lo + 1 up to the next selected rank (or the end) is ≥ `at`, and
            // the selected rank itself is the least of what lies beyond.
            let end = ranks.iter().copied().find(|&r| r > lo).map_or(n, |r| r + 1);
            let next = unkey(
                scratch[lo + 1..end]
                    .iter()
                    .copied()
                    .min()
                    .unwrap_or(key(at)),
            );
            let v = at + frac * (next - at);
            if v > next { next } else { v }
        } else {
            at
        };
    }
    out
}

/// Puts the order statistics of the absolute `ranks` (ascending) of the whole array in place;
/// `keys` is the part of it that starts at rank `base` and holds exactly those ranks.
fn multiselect(keys: &mut [i64], base: usize, ranks: &[usize]) {
    if ranks.is_empty() || keys.is_empty() {
        return;
    }
    let mid = ranks.len() / 2;
    let at = ranks[mid] - base;
    if at >= keys.len() {
        return;
    }
    select(keys, at);
    let (left, right) = keys.split_at_mut(at);
    multiselect(left, base, &ranks[..mid]);
    multiselect(&mut right[1..], ranks[mid] + 1, &ranks[mid + 1..]);
}

/// Puts the `k`-th smallest key at index `k`, smaller ones before it and larger ones after.
/// Quickselect with a median-of-three pivot and branch-free partitions written as plain loops
/// (the standard library's selection calls its comparison closure per element in a
/// size-optimised wasm build, several times slower). When the pivot is the least key, the keys
/// equal to it are gathered in a second pass, so runs of equal keys (a simulation without
/// noise) finish at once. If the
/// partitions keep coming out lopsided it hands over to the standard library's linear-time
/// selection.
fn select(v: &mut [i64], k: usize) {
    let (mut lo, mut hi) = (0, v.len());
    if k >= hi {
        return;
    }
    let mut budget = 2 * (usize::BITS - hi.leading_zeros()) + 8;
    while hi - lo > 1 {
        if budget == 0 {
            v[lo..hi].select_nth_unstable(k - lo);
            return;
        }
        budget -= 1;
        let (a, b, c) = (v[lo], v[lo + (hi - lo) / 2], v[hi - 1]);
        let pivot = a.max(b.min(c)).min(b.max(c));
        let below = lo + partition(&mut v[lo..hi], |x| x < pivot);
        if k < below {
            hi = below;
        } else if below > lo {
            lo = below;
        } else {
            // The pivot is the least key: split off the keys equal to it, which always
            // shrinks the range (and ends at once when every key is equal).
            let equal = below + partition(&mut v[below..hi], |x| x <= pivot);
            if k < equal {
                return;
            }
            lo = equal;
        }
    }
}

/// Moves the keys for which `left` holds to the front, returning how many there are
/// (branch-free Lomuto: every key is swapped with the boundary, which advances when it should).
#[inline(always)]
#[allow(clippy::manual_swap)] // `slice::swap` stays a function call in a size-optimised wasm build
fn partition(v: &mut [i64], left: impl Fn(i64) -> bool) -> usize {
    let mut store = 0;
    for i in 0..v.len() {
        let x = v[i];
        v[i] = v[store];
        v[store] = x;
        store += usize::from(left(x));
    }
    store
}

/// The arithmetic mean (0 for an empty slice).
pub(crate) fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    xs.iter().sum::<f64>() / xs.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(xs: &[f64]) -> [f64; 5] {
        quantiles(xs, &mut Vec::new(), &LEVELS)
    }

    #[test]
    fn keys_order_like_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -1e300,
            -2.5,
            -0.0,
            0.0,
            1e-300,
            3.0,
            f64::INFINITY,
        ];
        for w in xs.windows(2) {
            assert!(key(w[0]) < key(w[1]), "{} {}", w[0], w[1]);
        }
        for x in xs {
            assert_eq!(unkey(key(x)).to_bits(), x.to_bits());
        }
    }

    #[test]
    fn matches_the_interpolated_definition() {
        let xs: Vec<f64> = (1..=11).rev().map(f64::from).collect();
        assert_eq!(q(&xs), [1.5, 3.5, 6.0, 8.5, 10.5]);
        assert_eq!(q(&[4.0]), [4.0; 5]);
        assert_eq!(q(&[2.5; 7]), [2.5; 5]);
        assert_eq!(q(&[]), [0.0; 5]);
        let two = q(&[-1.0, -3.0]);
        for (got, want) in two.iter().zip([-2.9, -2.5, -2.0, -1.5, -1.1]) {
            assert!((got - want).abs() < 1e-12, "{got} vs {want}");
        }
    }

    #[test]
    fn select_puts_every_rank_in_place() {
        let base: Vec<i64> = (0..500i64).map(|i| (i * 7919) % 211 - 100).collect();
        let mut sorted = base.clone();
        sorted.sort_unstable();
        for k in [0, 1, 17, 249, 250, 498, 499] {
            let mut v = base.clone();
            select(&mut v, k);
            assert_eq!(v[k], sorted[k]);
            assert!(v[..k].iter().all(|&x| x <= v[k]) && v[k + 1..].iter().all(|&x| x >= v[k]));
        }
        let mut same = vec![3i64; 1000];
        select(&mut same, 500);
        assert_eq!(same[500], 3);
    }

    #[test]
    fn agrees_with_a_full_sort() {
        // A fixed scrambled sequence with repeats and both signs.
        let xs: Vec<f64> = (0..1000u32)
            .map(|i| f64::from((i * 7919) % 613) - 300.5)
            .collect();
        let mut sorted = xs.clone();
        sorted.sort_by(f64::total_cmp);
        let got = q(&xs);
        for (p, q) in LEVELS.iter().zip(got) {
            let h = 999.0 * p;
            let lo = h as usize;
            let want = sorted[lo] + (h - lo as f64) * (sorted[lo + 1] - sorted[lo]);
            assert!((q - want).abs() < 1e-9, "p{p}: {q} vs {want}");
        }
        assert!(got.windows(2).all(|w| w[0] <= w[1]));
    }
}
