//! `Decimal`'s checked arithmetic kept out of line. rust_decimal marks `checked_add` and friends
//! `inline(always)`, so every call site would carry a full copy of the algorithm; in the wasm
//! build that is most of the core's size. Call `a.mul_checked(b)` instead of `a.checked_mul(b)`.

use rust_decimal::Decimal;

/// Checked operations on [`Decimal`] that compile to one shared copy each.
pub trait Checked: Sized {
    /// `self + other`, or `None` on overflow.
    fn add_checked(self, other: Self) -> Option<Self>;
    /// `self − other`, or `None` on overflow.
    fn sub_checked(self, other: Self) -> Option<Self>;
    /// `self × other`, or `None` on overflow.
    fn mul_checked(self, other: Self) -> Option<Self>;
    /// `self / other`, or `None` on overflow or division by zero.
    fn div_checked(self, other: Self) -> Option<Self>;
}

impl Checked for Decimal {
    #[inline(never)]
    fn add_checked(self, other: Self) -> Option<Self> {
        self.checked_add(other)
    }
    #[inline(never)]
    fn sub_checked(self, other: Self) -> Option<Self> {
        self.checked_sub(other)
    }
    #[inline(never)]
    fn mul_checked(self, other: Self) -> Option<Self> {
        self.checked_mul(other)
    }
    #[inline(never)]
    fn div_checked(self, other: Self) -> Option<Self> {
        self.checked_div(other)
    }
}

/// `d` rounded to `figures` significant digits, half to even: the value
/// `Decimal::round_sf(figures)` gives (its scale may differ, so callers normalize or format),
/// without `round_sf`'s 2.6 KB in the wasm; a test compares the two. The core and the widget
/// round significant figures only through this. `None` when the rounding overflows.
pub fn round_significant(d: Decimal, figures: u32) -> Option<Decimal> {
    if d.is_zero() || figures == 0 {
        return Some(Decimal::ZERO);
    }
    let mut m = d.mantissa().unsigned_abs();
    let mut digits = 0u32;
    while m > 0 {
        m /= 10;
        digits += 1;
    }
    let scale = d.scale();
    let Some(cut) = digits.checked_sub(figures).filter(|&c| c > 0) else {
        return Some(d);
    };
    if cut <= scale {
        return Some(d.round_dp(scale - cut));
    }
    // Digits left of the point go: scale down, round to a whole number, scale back up. At
    // most 28 digits go (a mantissa has at most 29), and 10^28 fits a Decimal.
    let pow = Decimal::try_from_i128_with_scale(10i128.checked_pow(cut - scale)?, 0).ok()?;
    d.div_checked(pow)?.round_dp(0).mul_checked(pow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand_xoshiro::Xoshiro256PlusPlus;
    use rand_xoshiro::rand_core::{RngCore, SeedableRng};

    /// `round_significant` gives `round_sf`'s value for mantissas of every length, every
    /// scale, both signs, and 1 to 14 figures, halves included.
    #[test]
    fn significant_rounding_is_round_sf() {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(11);
        let mut next = move || rng.next_u64();
        for case in 0..200_000u32 {
            let len = 1 + (next() % 29) as u32;
            let mut m: i128 = 0;
            for _ in 0..len {
                // Every tenth case is all fives and zeros: exact halves at many places.
                let d = if case % 10 == 0 {
                    [0, 5][(next() % 2) as usize]
                } else {
                    next() % 10
                };
                m = (m * 10 + i128::from(d as u8)).min((1i128 << 96) - 1);
            }
            if next() % 2 == 0 {
                m = -m;
            }
            let Ok(d) = Decimal::try_from_i128_with_scale(m, (next() % 29) as u32) else {
                continue;
            };
            let figures = 1 + (next() % 14) as u32;
            assert_eq!(
                round_significant(d, figures).map(|r| r.normalize()),
                d.round_sf(figures).map(|r| r.normalize()),
                "{d} to {figures} figures"
            );
        }
    }
}
