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
