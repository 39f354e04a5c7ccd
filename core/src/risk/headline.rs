//! Which sentence a result earns at the top of a view: the verdict of a simulation ("pays for
//! itself", "switched off in most futures", "running profit") and of a coin ranking ("X pays
//! best", "none pays at this price"). Pure functions of the results, so the choice of wording
//! is pinned by golden vectors (`tests/vectors/headlines`) rather than read off a screen.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Comparison, Simulation};

/// What the Risk view's headline says about a simulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RiskVerdict {
    /// A hardware cost is given: the chance of paying it back within the horizon (the widget
    /// adds that shutdown keeps the rig off when `probabilityMostlyOff` is over one half).
    Payback,
    /// No hardware cost, and shutdown holds the rig off on most paths: it would be switched off
    /// in most futures, so a cumulative profit of 0 is not "in profit".
    SwitchedOff,
    /// No hardware cost, and the running profit (revenue − pool fee − electricity) is above 0
    /// on at least half of the paths.
    RunningProfit,
    /// No hardware cost, and the running profit is above 0 on fewer than half of the paths.
    RunningLoss,
}

impl RiskVerdict {
    /// The widget's message key for the headline sentence (`Msg::RiskSwitchedOff`, …).
    pub fn key(self) -> &'static str {
        match self {
            RiskVerdict::Payback => "RiskPayback",
            RiskVerdict::SwitchedOff => "RiskSwitchedOff",
            RiskVerdict::RunningProfit => "RiskRunningProfit",
            RiskVerdict::RunningLoss => "RiskRunningLoss",
        }
    }
}

/// Whether shutdown keeps the rig off on most days in more than half of the futures.
pub fn mostly_off(s: &Simulation) -> bool {
    s.probability_mostly_off > Decimal::new(5, 1)
}

/// The verdict of a simulation: payback with a hardware cost; without one, switched off when
/// the rig runs on fewer than half of the days in more than half of the futures, else whether
/// the running profit is positive in at least half of the futures.
pub fn risk_verdict(s: &Simulation) -> RiskVerdict {
    let half = Decimal::new(5, 1);
    if s.hardware_cost.is_some() {
        RiskVerdict::Payback
    } else if mostly_off(s) {
        RiskVerdict::SwitchedOff
    } else if s.probability_of_profit >= half {
        RiskVerdict::RunningProfit
    } else {
        RiskVerdict::RunningLoss
    }
}

/// What the "Which coin" view's headline says about a ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "verdict")]
pub enum CoinVerdict {
    /// The first row makes a profit: it is the coin to mine.
    #[serde(rename_all = "camelCase")]
    Best {
        /// The coin id of the best row (`ltc+doge` for merged mining).
        coin: String,
        profit: Decimal,
    },
    /// No row makes a profit at this electricity price. `coin` loses least; `breakEven` is the
    /// highest break-even electricity price of any row (below it, that row starts to pay), null
    /// when no row draws power.
    #[serde(rename_all = "camelCase")]
    NonePays {
        coin: String,
        profit: Decimal,
        break_even: Option<Decimal>,
        /// The coin whose break-even price that is.
        break_even_coin: Option<String>,
    },
    /// The rig mines no coin of the table.
    NoCoin,
}

impl CoinVerdict {
    /// The widget's message key for the headline sentence.
    pub fn key(&self) -> &'static str {
        match self {
            CoinVerdict::Best { .. } => "CoinsBest",
            CoinVerdict::NonePays { .. } => "CoinsNonePays",
            CoinVerdict::NoCoin => "CoinsNoCoin",
        }
    }
}

/// The verdict of a ranking (rows best first, as [`super::compare`] returns them).
pub fn coin_verdict(c: &Comparison) -> CoinVerdict {
    let Some(best) = c.rows.first() else {
        return CoinVerdict::NoCoin;
    };
    if best.profit > Decimal::ZERO {
        return CoinVerdict::Best {
            coin: best.coin.clone(),
            profit: best.profit,
        };
    }
    let top = c
        .rows
        .iter()
        .filter_map(|r| r.break_even_electricity_price.map(|p| (p, r)))
        .fold(
            None,
            |acc: Option<(Decimal, &super::CompareRow)>, (p, r)| match acc {
                Some((q, _)) if q >= p => acc,
                _ => Some((p, r)),
            },
        );
    CoinVerdict::NonePays {
        coin: best.coin.clone(),
        profit: best.profit,
        break_even: top.map(|(p, _)| p),
        break_even_coin: top.map(|(_, r)| r.coin.clone()),
    }
}
