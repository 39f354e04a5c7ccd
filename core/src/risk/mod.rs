//! Risk and choice: Monte Carlo simulation of a projection, sensitivity (tornado and break-even
//! grid), solo-mining odds, ranking the coins a rig can mine, a correlated portfolio, and the
//! verdicts the widget's headlines state about them (`headline`).
//!
//! # Where floating point is allowed
//!
//! Bookkeeping elsewhere in the core is exact `Decimal`. The statistics here are not
//! bookkeeping: a simulation draws random numbers, so its answers are estimates with sampling
//! error far above `f64` rounding. The boundary is:
//!
//! - **In**: every Decimal input (prices, hashrates, the projection's per-day plan) is converted to
//!   `f64` once, from its integer mantissa and a power-of-ten literal (the same bits everywhere).
//! - **Inside**: `f64` only, with IEEE basic operations (Rust never fuses a multiply-add), `libm`
//!   for `sqrt`/`expm1`/set-up `exp`, a table-driven `exp` of our own in the hot loop
//!   (`exp.rs`: basic operations only, within 2 ulp of libm, about twice as fast in wasm), and a
//!   seeded `Xoshiro256PlusPlus` stream with `rand_distr`'s Ziggurat `StandardNormal`. So the
//!   same seed gives the same result natively and in wasm (the wasm boundary tests check the
//!   native snapshot).
//! - **Out**: money and coin amounts from `f64` are rounded to [`SIGNIFICANT_DIGITS`] significant
//!   digits and returned as decimal strings like every other amount of the API; probabilities
//!   that are counts of paths (`k / paths`) are exact Decimal quotients.
//!
//! `sensitivity`, `compare` and most of `solo_odds` stay exact: they call the Decimal `estimate`
//! and `project`. Only the Poisson probability in `solo_odds` uses `libm::expm1`.

mod compare;
mod exp;
mod headline;
mod percentile;
mod portfolio;
mod sensitivity;
mod simulate;
mod solo;

pub use compare::{CompareInput, CompareRow, Comparison, Mode, compare};
pub use headline::{CoinVerdict, RiskVerdict, coin_verdict, mostly_off, risk_verdict};
pub use portfolio::{
    HoldInput, MAX_POSITIONS, Portfolio, PortfolioInput, PortfolioSimulator, Position,
    PositionKind, PositionRisk, portfolio,
};
pub use sensitivity::{
    Basis, Sensitivity, SensitivityGrid, SensitivityInput, SensitivityRow, SensitivityValue,
    sensitivity,
};
pub use simulate::{
    Band, FinalProfit, MAX_POINTS, SIMULATION_FIELDS, Simulation, SimulationInput, SimulationPoint,
    Simulator, simulate,
};
pub use solo::{BlockValue, SoloInput, SoloOdds, SoloPeriod, solo_odds};

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::coins::{self, Coin};
use crate::error::{Error, Result};

/// Significant digits kept when a statistic computed in `f64` becomes a Decimal output.
pub const SIGNIFICANT_DIGITS: u32 = 10;

/// Default number of simulated paths.
pub const DEFAULT_PATHS: u64 = 2_000;
/// Most paths a simulation accepts (memory and time stay bounded in a browser tab).
pub const MAX_PATHS: u64 = 20_000;
/// Default seed: the core reads no clock, so a fixed default keeps results reproducible.
pub const DEFAULT_SEED: u64 = 1;
/// Largest seed: 2^53 − 1, the largest integer a JavaScript number holds exactly.
pub const MAX_SEED: u64 = (1 << 53) - 1;
/// Highest accepted annual volatility in percent.
pub const MAX_VOLATILITY_PERCENT: Decimal = dec!(500);
/// Default annual volatility of network difficulty growth, in percent. Difficulty follows
/// hashrate, which follows price with a lag; its month-to-month growth swings far less than
/// price (BTC's monthly difficulty growth ranged roughly −10 % to +15 % in 2022–2025).
pub const DEFAULT_DIFFICULTY_VOLATILITY: Decimal = dec!(20);
/// Default correlation between coin prices in a portfolio.
pub const DEFAULT_CORRELATION: Decimal = dec!(0.7);

/// Default annual price volatility of a coin, in percent: the annualised standard deviation of
/// daily log returns (`√365 × σ_daily`), rounded to the nearest 10 %, as observed on public
/// daily closing prices over 2022–2025. Larger, more liquid coins move less; small-cap coins
/// more. These are starting points for the reader to change, not forecasts. Coins without an
/// entry (custom chains) get 100 %.
pub fn default_volatility(coin: &Coin) -> Decimal {
    match coin.id {
        "btc" => dec!(50),
        "eth" => dec!(65),
        "xmr" => dec!(60),
        "bch" | "ltc" => dec!(70),
        "zec" | "etc" => dec!(80),
        "doge" => dec!(90),
        // kas, rvn, custom chains and anything added later: small caps swing hardest.
        _ => dec!(100),
    }
}

/// The defaults the risk functions use, for a front end to show and explain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RiskDefaults {
    pub paths: u64,
    pub max_paths: u64,
    pub seed: u64,
    pub max_seed: u64,
    pub difficulty_volatility_percent_per_year: Decimal,
    pub max_volatility_percent_per_year: Decimal,
    pub correlation: Decimal,
    /// One row per coin in the table, mineable or not.
    pub coins: Vec<CoinVolatility>,
    /// How the per-coin figures were chosen.
    pub volatility_source: &'static str,
}

/// A coin's default annual price volatility.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CoinVolatility {
    pub coin: &'static str,
    pub price_volatility_percent_per_year: Decimal,
}

/// The defaults of every risk input, with the per-coin volatility table.
pub fn risk_defaults() -> RiskDefaults {
    RiskDefaults {
        paths: DEFAULT_PATHS,
        max_paths: MAX_PATHS,
        seed: DEFAULT_SEED,
        max_seed: MAX_SEED,
        difficulty_volatility_percent_per_year: DEFAULT_DIFFICULTY_VOLATILITY,
        max_volatility_percent_per_year: MAX_VOLATILITY_PERCENT,
        correlation: DEFAULT_CORRELATION,
        coins: coins::all()
            .iter()
            .map(|c| CoinVolatility {
                coin: c.id,
                price_volatility_percent_per_year: default_volatility(c),
            })
            .collect(),
        volatility_source: "annualised standard deviation of daily log returns of public daily \
                            closing prices, 2022-2025, rounded to 10 %; a starting point, not a \
                            forecast",
    }
}

/// Rounds an exact output amount the way every Decimal output of the API is rounded.
pub(crate) fn exact(d: Decimal) -> Decimal {
    d.round_dp(12).normalize()
}

/// A Decimal as `f64`: its integer mantissa converted (round to nearest) and divided by an
/// exact-literal power of ten. Only IEEE basic operations, so the same bits on every platform
/// (unlike `Decimal::to_f64`, which goes through `powi`).
pub(crate) fn to_f64(d: Decimal) -> f64 {
    const POW10: [f64; 29] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
    ];
    let scale = POW10
        .get(d.scale() as usize)
        .copied()
        .unwrap_or(f64::INFINITY);
    d.mantissa() as f64 / scale
}

/// An `f64` statistic as a Decimal output with [`SIGNIFICANT_DIGITS`] significant digits
/// (magnitudes below 1e-20 become 0). Non-finite values and values beyond Decimal's range are an
/// overflow of `field`.
pub(crate) fn from_f64(x: f64, field: &str) -> Result<Decimal> {
    use rust_decimal::prelude::FromPrimitive;
    if !x.is_finite() {
        return Err(Error::overflow(field));
    }
    if x.abs() < 1e-20 {
        return Ok(Decimal::ZERO);
    }
    Decimal::from_f64(x)
        .and_then(|d| crate::num::round_significant(d, SIGNIFICANT_DIGITS))
        .map(|d| d.normalize())
        .ok_or_else(|| Error::overflow(field))
}

/// `k / n` as an exact Decimal probability (`n > 0`), rounded like other outputs.
pub(crate) fn fraction(k: usize, n: usize) -> Decimal {
    if n == 0 {
        return Decimal::ZERO;
    }
    exact(Decimal::from(k as u64) / Decimal::from(n as u64))
}

/// A stable insertion sort for the handful of rows a ranking has (a dozen at most). The
/// standard library's sorts are built for large slices and add about 10 KB of wasm per row
/// type.
pub(crate) fn sort_rows<T>(rows: &mut [T], mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    for i in 1..rows.len() {
        let mut j = i;
        while j > 0 && cmp(&rows[j - 1], &rows[j]) == std::cmp::Ordering::Greater {
            rows.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_round_trip_through_text() {
        assert_eq!(to_f64(dec!(0.1)), 0.1);
        assert_eq!(from_f64(0.1, "x"), Ok(dec!(0.1)));
        assert_eq!(from_f64(1234.567890123456, "x"), Ok(dec!(1234.567890)));
        assert_eq!(from_f64(-2.5e-7, "x"), Ok(dec!(-0.00000025)));
        assert!(from_f64(f64::NAN, "x").is_err());
        assert!(from_f64(1e40, "x").is_err());
        assert_eq!(fraction(1, 3), dec!(0.333333333333));
    }
}
