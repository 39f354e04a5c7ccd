//! Plausibility: inputs that compute but lie far outside anything real (a difficulty below the
//! chain's minimum, a rig faster than the whole network, a price a thousand times the market's,
//! free power). The estimate still computes; these warnings name the field so a front end can
//! say so next to it.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

use crate::estimate::{EstimateInput, Network};
use crate::num::Checked;

/// How far from the market data a figure may be before it is called implausible: 1,000×.
const FAR: Decimal = dec!(1000);

/// One warning about an input that is valid but implausible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// The input it concerns, in the JS API's spelling.
    pub field: &'static str,
    /// A stable key: `difficultyBelowMinimum`, `difficultyFarBelowMarket`,
    /// `hashrateAboveNetwork`, `priceFarFromMarket`, `freePower`.
    pub code: &'static str,
    /// The warning in English, with the figures it compares.
    pub message: String,
}

/// The warnings for `input` (empty when everything is plausible).
pub fn check(input: &EstimateInput) -> Vec<Warning> {
    let mut out = Vec::new();
    let custom = input.coin.is_custom();
    if let Network::Difficulty(d) = input.network {
        let d = d.value();
        if d < Decimal::ONE && !custom {
            out.push(Warning {
                field: "difficulty",
                code: "difficultyBelowMinimum",
                message: format!(
                    "{} is below {}'s minimum difficulty of 1: the result is not a real one",
                    d.normalize(),
                    input.coin.ticker
                ),
            });
        } else if !custom
            && input.snapshot.difficulty > Decimal::ZERO
            && d.mul_checked(FAR)
                .is_some_and(|x| x < input.snapshot.difficulty)
        {
            out.push(Warning {
                field: "difficulty",
                code: "difficultyFarBelowMarket",
                message: format!(
                    "more than 1,000 times below the network's difficulty in the market data ({} on {})",
                    input.snapshot.difficulty.normalize(),
                    input.snapshot.date
                ),
            });
        }
    }
    // The network's own hashrate: its work per block over the block time.
    let network = match input.network {
        Network::Difficulty(d) => input
            .work_per_block(d)
            .ok()
            .and_then(|w| w.div_checked(input.block_time_seconds)),
        Network::Hashrate(n) => Some(n.per_second()),
    };
    if let Some(n) = network
        && n > Decimal::ZERO
        && input.hashrate.per_second() > n
    {
        out.push(Warning {
            field: "hashrate",
            code: "hashrateAboveNetwork",
            message: format!(
                "more than the whole network's hashrate ({} {}/s)",
                crate::num::round_significant(n, 6).unwrap_or(n).normalize(),
                input.hashrate.unit().work()
            ),
        });
    }
    if !custom && input.snapshot.price_usd > Decimal::ZERO {
        let market = input
            .fx
            .as_ref()
            .and_then(|fx| input.snapshot.price_usd.mul_checked(fx.usd_to))
            .unwrap_or(input.snapshot.price_usd);
        let high = market
            .mul_checked(FAR)
            .is_some_and(|m| input.coin_price > m);
        let low = input
            .coin_price
            .mul_checked(FAR)
            .is_some_and(|p| p < market && input.coin_price > Decimal::ZERO);
        // Only meaningful in the market data's own currency, or a converted one.
        let comparable = input.currency == "USD" || input.fx.is_some();
        if comparable && (high || low) {
            out.push(Warning {
                field: "coinPrice",
                code: "priceFarFromMarket",
                message: format!(
                    "more than 1,000 times {} the market data's price ({} {} on {})",
                    if high { "above" } else { "below" },
                    market.round_dp(8).normalize(),
                    input.currency,
                    input.snapshot.date
                ),
            });
        }
    }
    if input.electricity_price.as_per_kwh().is_zero() && !input.power.as_watts().is_zero() {
        out.push(Warning {
            field: "electricityPrice",
            code: "freePower",
            message: "no electricity price: free power assumed".to_owned(),
        });
    }
    out
}
