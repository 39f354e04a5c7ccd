//! Which coin should this rig mine? Every mineable coin of the table whose algorithm the rig
//! runs, estimated today with the rig's hashrate and power for that algorithm, ranked by daily
//! profit. Scrypt rigs also get the Litecoin + Dogecoin merged-mining row. Exact Decimal.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::coins::{self, Algorithm, Coin};
use crate::error::{Error, Result};
use crate::estimate::{EstimateInput, estimate, output};
use crate::raw::{Fields, Raw};
use crate::rigs::{self, Rig};
use crate::units::{Hashrate, Power};

/// Fields of the rig's surroundings passed to every coin's estimate unchanged.
const SHARED: [&str; 7] = [
    "electricityPrice",
    "poolFeePercent",
    "uptimePercent",
    "overheadPercent",
    "currency",
    "market",
    "fx",
];

/// Per-coin market fields a `coins` entry may override.
const OVERRIDES: [&str; 6] = [
    "coinPrice",
    "difficulty",
    "networkHashrate",
    "blockReward",
    "blockHeight",
    "txFeesPerBlock",
];

/// One algorithm a rig mines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mode {
    pub algorithm: Algorithm,
    pub hashrate: Hashrate,
    pub power: Power,
}

/// A validated comparison input: the rig's modes and one estimate input per candidate coin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareInput {
    /// The preset named by `rig`, if any.
    pub rig: Option<&'static Rig>,
    pub modes: Vec<Mode>,
    /// One estimate input per coin the rig can mine, in table order.
    pub candidates: Vec<EstimateInput>,
    pub currency: String,
}

impl CompareInput {
    /// Validates a loosely typed input object and rejects unknown fields.
    ///
    /// Fields: `rig` (a preset id) and/or `modes: [{ algorithm, hashrate, powerWatts }]`
    /// (explicit modes replace the preset's for the same algorithm), the shared
    /// `electricityPrice`, `poolFeePercent`, `uptimePercent`, `overheadPercent`, `currency`,
    /// and `coins: { <coin id>: { coinPrice, difficulty | networkHashrate, blockReward,
    /// blockHeight, txFeesPerBlock } }` to override a coin's snapshot.
    pub fn from_raw(raw: &Raw) -> Result<Self> {
        let f = Fields::new(raw)?;
        let rig = match f.text("rig")? {
            Some(id) => Some(rigs::find(&id, &f.name("rig"))?),
            None => None,
        };
        let mut modes: Vec<Mode> = Vec::new();
        if let Some(rig) = rig {
            for m in rig.modes {
                modes.push(Mode {
                    algorithm: m.algorithm,
                    hashrate: m.hashrate()?,
                    power: Power::watts(m.power_watts),
                });
            }
        }
        let explicit = f.list("modes", |m| {
            let algorithm = Algorithm::parse(&m.text_required("algorithm")?, &m.name("algorithm"))?;
            let text = m.text_required("hashrate")?;
            let hashrate = Hashrate::parse(&text, rigs::hash_unit(algorithm), &m.name("hashrate"))?;
            let power = match m.raw("powerWatts") {
                None => Power::default(),
                Some(Raw::Text(t)) => Power::parse(t, &m.name("powerWatts"))?,
                Some(_) => Power::watts(m.non_negative("powerWatts")?.unwrap_or_default()),
            };
            Ok(Mode {
                algorithm,
                hashrate,
                power,
            })
        })?;
        for m in explicit {
            modes.retain(|old| old.algorithm != m.algorithm);
            modes.push(m);
        }
        if modes.is_empty() {
            return Err(Error::Missing {
                field: f.name("rig"),
            });
        }

        // Shared fields: validated here so errors name them at the top level.
        let shared = Raw::Map(
            SHARED
                .iter()
                .filter_map(|k| f.raw(k).map(|v| ((*k).to_owned(), v.clone())))
                .collect(),
        );
        let overrides = read_overrides(&f)?;
        f.finish()?;

        let mut candidates = Vec::new();
        for coin in coins::all().iter().filter(|c| c.mineable && !c.is_custom()) {
            let Some(mode) = modes.iter().find(|m| m.algorithm == coin.algorithm) else {
                continue;
            };
            let mut raw = shared.clone();
            raw.set("coin", coin.id);
            raw.set("hashrate", mode.hashrate.per_second().to_string());
            raw.set("powerWatts", mode.power.as_watts());
            let prefix = format!("coins.{}", coin.id);
            if let Some((_, Raw::Map(o))) = overrides.iter().find(|(id, _)| *id == coin.id) {
                for (k, v) in o {
                    raw.set(k, v.clone());
                }
            }
            // Shared fields keep their top-level names; a coin's overrides are named under it.
            let fields = Fields::new(&raw)?;
            let input = EstimateInput::read(&fields).map_err(|e| {
                if OVERRIDES.contains(&e.field()) {
                    e.within(&prefix)
                } else {
                    e
                }
            })?;
            candidates.push(input);
        }
        let currency = candidates
            .first()
            .map_or_else(|| "USD".to_owned(), |c| c.currency.clone());
        Ok(CompareInput {
            rig,
            modes,
            candidates,
            currency,
        })
    }
}

/// The `coins` object: coin id → its override fields, each validated by name.
fn read_overrides(f: &Fields) -> Result<Vec<(&'static str, Raw)>> {
    let mut out: Vec<(&'static str, Raw)> = Vec::new();
    match f.raw("coins") {
        None => {}
        Some(Raw::Map(map)) => {
            for (id, value) in map {
                let field = f.name(&format!("coins.{id}"));
                let coin: &Coin = coins::find_mineable(id, &field)?;
                let inner = Fields::nested(value, &field)?;
                for k in OVERRIDES {
                    inner.raw(k);
                }
                inner.finish()?;
                out.retain(|(id, _)| *id != coin.id);
                out.push((coin.id, value.clone()));
            }
        }
        Some(_) => {
            return Err(Error::invalid(
                f.name("coins"),
                "must be an object keyed by coin id, like { \"ltc\": { \"coinPrice\": 80 } }",
            ));
        }
    }
    Ok(out)
}

/// One row of the ranking. Amounts are per day in the currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareRow {
    /// The coin id, or `ltc+doge` for the merged-mining row.
    pub coin: String,
    pub name: String,
    pub algorithm: Algorithm,
    /// The rig's hashrate for this algorithm, e.g. `"97.9 MH/s"`.
    pub hashrate: String,
    pub power_watts: Decimal,
    /// Coins mined per day; null on the merged row (two coins).
    pub coins: Option<Decimal>,
    pub revenue: Decimal,
    pub pool_fee: Decimal,
    pub electricity: Decimal,
    pub profit: Decimal,
    /// The electricity price per kWh at which this row's profit is 0; null without power.
    pub break_even_electricity_price: Option<Decimal>,
    /// Another coin this row's hashrate also earns by merged mining (LTC: `doge`).
    pub merged_with: Option<&'static str>,
    /// That coin's revenue after pool fee per day, on top of this row's.
    pub merged_revenue: Option<Decimal>,
    /// The snapshot date when any market figure came from the coin table.
    pub snapshot_date: Option<crate::date::Date>,
}

/// The ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub currency: String,
    /// The preset's id, when a preset was named.
    pub rig: Option<&'static str>,
    /// Best first (highest daily profit; ties by coin id).
    pub rows: Vec<CompareRow>,
}

/// Ranks every coin the rig can mine by today's daily profit.
pub fn compare(input: &CompareInput) -> Result<Comparison> {
    let mut rows = Vec::new();
    let mut ltc: Option<(usize, Decimal, Decimal)> = None;
    let mut doge: Option<(Decimal, Decimal, Decimal, Option<Decimal>)> = None;
    for e in &input.candidates {
        let est = estimate(e)?;
        let d = &est.daily;
        let row = CompareRow {
            coin: e.coin.id.to_owned(),
            name: e.coin.name.to_owned(),
            algorithm: e.coin.algorithm,
            hashrate: e.hashrate.to_string(),
            power_watts: e.power.as_watts().normalize(),
            coins: Some(d.coins),
            revenue: d.revenue,
            pool_fee: d.pool_fee,
            electricity: d.electricity,
            profit: d.profit,
            break_even_electricity_price: est.break_even_electricity_price,
            merged_with: None,
            merged_revenue: None,
            snapshot_date: est.assumptions.snapshot_date,
        };
        match e.coin.id {
            "ltc" => ltc = Some((rows.len(), d.revenue, d.pool_fee)),
            "doge" => {
                doge = Some((
                    d.revenue,
                    d.pool_fee,
                    d.electricity,
                    est.break_even_electricity_price,
                ))
            }
            _ => {}
        }
        rows.push(row);
    }
    // Litecoin pools merge-mine Dogecoin: the same scrypt work earns both.
    if let (Some((at, l_rev, l_fee)), Some((d_rev, d_fee, _, d_break))) = (ltc, doge) {
        let merged_revenue = output(d_rev - d_fee);
        let base = rows[at].clone();
        rows[at].merged_with = Some("doge");
        rows[at].merged_revenue = Some(merged_revenue);
        let revenue = l_rev + d_rev;
        let pool_fee = l_fee + d_fee;
        rows.push(CompareRow {
            coin: "ltc+doge".to_owned(),
            name: "Litecoin + Dogecoin (merged mining)".to_owned(),
            coins: None,
            revenue: output(revenue),
            pool_fee: output(pool_fee),
            profit: output(revenue - pool_fee - base.electricity),
            // Both coins' break-even prices are revenue after fee per kWh of the same power.
            break_even_electricity_price: match (base.break_even_electricity_price, d_break) {
                (Some(a), Some(b)) => Some(output(a + b)),
                _ => None,
            },
            merged_with: None,
            merged_revenue: None,
            ..base
        });
    }
    super::sort_rows(&mut rows, |a, b| {
        b.profit.cmp(&a.profit).then_with(|| a.coin.cmp(&b.coin))
    });
    Ok(Comparison {
        currency: input.currency.clone(),
        rig: input.rig.map(|r| r.id),
        rows,
    })
}
