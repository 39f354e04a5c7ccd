//! Market data (`minecalc-market`, version 1): dated coin prices, difficulties, heights and
//! fees, FX rates from USD and typical rig prices. The built-in snapshot (`data/market.json`)
//! and a site's own feed share this format; a feed replaces the snapshot figure by figure.
//! Reading and validating a document is in `read.rs`; this file holds the types and the merge.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::coins::Coin;
use crate::date::Date;
use crate::num::Checked;

/// The `format` every market document names.
pub const FORMAT: &str = "minecalc-market";
/// The one version this build reads.
pub const VERSION: u64 = 1;
/// The built-in snapshot, compiled in; rewritten by `cargo xtask market import FILE`.
pub const BUILTIN_TEXT: &str = include_str!("../data/market.json");

/// When and from where a set of figures was observed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stamp {
    /// The day the figures were observed (UTC).
    pub date: Date,
    /// Where they came from, as the document says (e.g. `mempool.space`).
    pub source: String,
}

/// One coin's figures in a market document. Every figure is optional in a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoinFigures {
    pub price_usd: Option<Decimal>,
    /// Chain difficulty in the chain's convention (see the coin table).
    pub difficulty: Option<Decimal>,
    /// Network hashrate in base units per second, when given instead of difficulty.
    pub network_hashrate: Option<Decimal>,
    pub height: Option<u64>,
    pub fees_per_block: Option<Decimal>,
    pub stamp: Stamp,
}

/// Exchange rates from one US dollar, dated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fx {
    pub date: Date,
    pub source: String,
    /// Upper-case ISO 4217 code → units of that currency per US dollar.
    pub usd_to: Vec<(String, Decimal)>,
}

impl Fx {
    /// Units of `currency` (upper case) per US dollar.
    pub fn rate(&self, currency: &str) -> Option<Decimal> {
        if currency == "USD" {
            return Some(Decimal::ONE);
        }
        self.usd_to
            .iter()
            .find(|(c, _)| c == currency)
            .map(|(_, r)| *r)
    }
}

/// A typical price of a rig, dated and sourced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RigPrice {
    pub value: Decimal,
    pub currency: String,
    /// `YYYY-MM` or `YYYY-MM-DD`, as the source dates it.
    pub date: String,
    pub source: String,
}

/// One parsed, validated market document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketData {
    /// `generatedAt` as written (RFC 3339).
    pub generated_at: String,
    /// The UTC day of `generatedAt`.
    pub generated_date: Date,
    /// The document's own `source` line, if any.
    pub source: String,
    pub coins: Vec<(&'static str, CoinFigures)>,
    pub fx: Option<Fx>,
    pub rigs: Vec<(&'static str, RigPrice)>,
}

impl MarketData {
    /// The figures of coin `id`, if this document has them.
    pub fn coin(&self, id: &str) -> Option<&CoinFigures> {
        self.coins.iter().find(|(c, _)| *c == id).map(|(_, f)| f)
    }

    /// The price of rig `id`, if this document has one.
    pub fn rig(&self, id: &str) -> Option<&RigPrice> {
        self.rigs.iter().find(|(r, _)| *r == id).map(|(_, p)| p)
    }
}

/// A market document with the warnings met while reading it (unknown coins and fields: a
/// newer feed keeps working with an older widget).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub market: MarketData,
    pub warnings: Vec<String>,
}

/// The built-in snapshot. It is checked by the tests, so reading it cannot fail in a release;
/// if it ever did, the market would be empty and every figure an input.
pub fn builtin() -> &'static MarketData {
    static BUILTIN: OnceLock<MarketData> = OnceLock::new();
    BUILTIN.get_or_init(|| match parse(BUILTIN_TEXT, None) {
        Ok(p) => p.market,
        Err(_) => MarketData {
            generated_at: String::new(),
            generated_date: Date::MIN,
            source: String::new(),
            coins: Vec::new(),
            fx: None,
            rigs: Vec::new(),
        },
    })
}

mod read;

pub use read::{currency_code, from_raw, parse, read_fx_input, read_input};

/// Where a coin's figure came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Origin {
    /// The snapshot compiled into this build.
    Builtin,
    /// The market data a site supplied.
    Feed,
}

/// A coin's market figures as the calculator uses them: a site's feed where it has them, the
/// built-in snapshot for the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// `YYYY-MM-DD` of the figures (the feed's when any figure came from it).
    pub date: Date,
    /// Coin price in US dollars.
    pub price_usd: Decimal,
    /// Network difficulty in the chain's convention.
    pub difficulty: Decimal,
    /// Block height (Kaspa: DAA score).
    pub height: u64,
    /// Typical transaction fees per block going to the miner, in coins.
    pub fees_per_block: Decimal,
    /// Where the figures came from.
    pub source: String,
    /// Feed when any figure came from a site's feed.
    pub origin: Origin,
    /// Figures the feed lacked, taken from the built-in snapshot (`priceUsd`, `difficulty`,
    /// `height`, `txFeesPerBlock`).
    pub builtin_figures: Vec<&'static str>,
    /// The built-in snapshot's date, for figures in `builtin_figures`.
    pub builtin_date: Date,
}

impl Snapshot {
    /// Whether `figure` (`priceUsd`, `difficulty`, `height`, `txFeesPerBlock`) came from a
    /// site's feed rather than the built-in snapshot.
    pub fn from_feed(&self, figure: &str) -> bool {
        self.origin == Origin::Feed && !self.builtin_figures.contains(&figure)
    }

    /// The day `figure` was observed: the feed's date, or the built-in snapshot's for a figure
    /// the feed lacked.
    pub fn date_of(&self, figure: &str) -> Date {
        if self.from_feed(figure) {
            self.date
        } else {
            self.builtin_date
        }
    }
}

/// The figures for `coin`: `feed` first, the built-in snapshot for what it lacks.
pub fn snapshot(coin: &Coin, feed: Option<&MarketData>) -> Snapshot {
    let base = builtin().coin(coin.id);
    let builtin_date = base.map_or(Date::MIN, |b| b.stamp.date);
    let from_base = |pick: fn(&CoinFigures) -> Option<Decimal>| base.and_then(pick);
    let base_difficulty = base.and_then(|b| difficulty_of(coin, b));
    let base_snapshot = Snapshot {
        date: builtin_date,
        price_usd: from_base(|b| b.price_usd).unwrap_or_default(),
        difficulty: base_difficulty.unwrap_or_default(),
        height: base.and_then(|b| b.height).unwrap_or_default(),
        fees_per_block: from_base(|b| b.fees_per_block).unwrap_or_default(),
        source: base.map(|b| b.stamp.source.clone()).unwrap_or_default(),
        origin: Origin::Builtin,
        builtin_figures: Vec::new(),
        builtin_date,
    };
    let Some(figures) = feed.and_then(|m| m.coin(coin.id)) else {
        return base_snapshot;
    };
    let mut builtin_figures = Vec::new();
    let mut pick = |value: Option<Decimal>, fallback: Decimal, name: &'static str| {
        value.unwrap_or_else(|| {
            builtin_figures.push(name);
            fallback
        })
    };
    let price_usd = pick(figures.price_usd, base_snapshot.price_usd, "priceUsd");
    let difficulty = pick(
        difficulty_of(coin, figures),
        base_snapshot.difficulty,
        "difficulty",
    );
    let fees_per_block = pick(
        figures.fees_per_block,
        base_snapshot.fees_per_block,
        "txFeesPerBlock",
    );
    let height = match figures.height {
        Some(h) => h,
        None => {
            builtin_figures.push("height");
            // The built-in height, moved on to the feed's date at one block per block time.
            expected_height_from(coin, base_snapshot.height, builtin_date, figures.stamp.date)
        }
    };
    Snapshot {
        date: figures.stamp.date,
        price_usd,
        difficulty,
        height,
        fees_per_block,
        source: figures.stamp.source.clone(),
        origin: Origin::Feed,
        builtin_figures,
        builtin_date,
    }
}

/// The market data in the order it is consulted: a site's feed, then the built-in snapshot.
fn layers(feed: Option<&MarketData>) -> impl Iterator<Item = &MarketData> {
    feed.into_iter().chain(std::iter::once(builtin()))
}

/// The FX rate from USD to `currency` (upper case): the feed's, else the built-in's, with
/// the date and source it carries.
pub fn fx_rate(currency: &str, feed: Option<&MarketData>) -> Option<(Decimal, Stamp)> {
    fx_rate_over(currency, None, feed)
}

/// [`fx_rate`], with rates the caller gave (`fx` input) consulted before the market data's.
pub fn fx_rate_over(
    currency: &str,
    given: Option<&Fx>,
    feed: Option<&MarketData>,
) -> Option<(Decimal, Stamp)> {
    given
        .into_iter()
        .chain(layers(feed).filter_map(|m| m.fx.as_ref()))
        .find_map(|fx| {
            fx.rate(currency).map(|r| {
                (
                    r,
                    Stamp {
                        date: fx.date,
                        source: fx.source.clone(),
                    },
                )
            })
        })
}

/// Every currency an FX rate is known for (feed and built-in), upper case, sorted.
pub fn currencies(feed: Option<&MarketData>) -> Vec<String> {
    // Kept sorted as it grows: a few dozen codes, and no sort routine in the wasm for them.
    let mut out = vec!["USD".to_owned()];
    for fx in layers(feed).filter_map(|m| m.fx.as_ref()) {
        for (c, _) in &fx.usd_to {
            if let Err(at) = out.binary_search(c) {
                out.insert(at, c.clone());
            }
        }
    }
    out
}

/// The typical price of rig `id`: the feed's, else the built-in's.
pub fn rig_price(id: &str, feed: Option<&MarketData>) -> Option<RigPrice> {
    layers(feed).find_map(|m| m.rig(id).cloned())
}

/// Whole days from `date` to `today` (0 when `date` is later).
pub fn age_days(date: Date, today: Date) -> i64 {
    date.days_until(today).max(0)
}

/// `height` observed on `from`, moved on to `to` at one block per target block time.
pub fn expected_height_from(coin: &Coin, height: u64, from: Date, to: Date) -> u64 {
    let days = from.days_until(to).max(0);
    if coin.block_time_seconds.is_zero() {
        return height;
    }
    // Whole blocks since then (`trunc`: the count is never negative).
    Decimal::from(days)
        .mul_checked(crate::estimate::SECONDS_PER_DAY)
        .and_then(|seconds| seconds.div_checked(coin.block_time_seconds))
        .and_then(|blocks| u64::try_from(blocks.trunc()).ok())
        .and_then(|b| height.checked_add(b))
        .unwrap_or(height)
}

/// Difficulty from the figures: given, or derived from the network hashrate
/// (`N × block time / work per difficulty`).
fn difficulty_of(coin: &Coin, f: &CoinFigures) -> Option<Decimal> {
    f.difficulty.or_else(|| {
        let n = f.network_hashrate?;
        n.mul_checked(coin.block_time_seconds)
            .and_then(|w| w.div_checked(coin.work_per_difficulty))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coins;
    use rust_decimal_macros::dec;

    const HEAD: &str =
        r#""format": "minecalc-market", "version": 1, "generatedAt": "2026-12-01T06:00:00Z""#;

    #[test]
    fn the_builtin_snapshot_parses_and_covers_every_chain() {
        let parsed = parse(BUILTIN_TEXT, None).unwrap_or_else(|e| panic!("{e}"));
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        for coin in coins::all().iter().filter(|c| c.mineable && !c.is_custom()) {
            let s = snapshot(coin, None);
            assert!(s.price_usd > Decimal::ZERO, "{}", coin.id);
            assert!(s.difficulty > Decimal::ZERO, "{}", coin.id);
            assert!(s.height > 0, "{}", coin.id);
            assert!(!s.source.is_empty(), "{}", coin.id);
        }
    }

    #[test]
    fn a_feed_replaces_figures_coin_by_coin() {
        let text = format!(
            r#"{{ {HEAD}, "coins": {{ "btc": {{ "priceUsd": "90000", "networkHashrate": "1 EH/s",
               "observedAt": "2026-11-30", "source": "test" }}, "zzz": {{}} }},
               "fx": {{ "date": "2026-11-30", "usdTo": {{ "eur": "0.95" }} }} }}"#
        );
        let parsed = parse(&text, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            parsed.warnings,
            vec!["coins.zzz: unknown coin, ignored".to_owned()]
        );
        let btc = coins::find("btc", "coin").unwrap_or_else(|e| panic!("{e}"));
        let s = snapshot(btc, Some(&parsed.market));
        assert_eq!(s.origin, Origin::Feed);
        assert_eq!(s.price_usd, dec!(90000));
        // 1e18 H/s × 600 s / 2^32
        assert_eq!(s.difficulty.round_dp(3), dec!(139698386192.322));
        assert_eq!(s.builtin_figures, vec!["txFeesPerBlock", "height"]);
        assert!(s.height > snapshot(btc, None).height);
        let ltc = coins::find("ltc", "coin").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(snapshot(ltc, Some(&parsed.market)).origin, Origin::Builtin);
        assert_eq!(
            fx_rate("EUR", Some(&parsed.market)).map(|r| r.0),
            Some(dec!(0.95))
        );
    }

    #[test]
    fn currencies_are_sorted_and_each_once() {
        let text = format!(
            r#"{{ {HEAD}, "coins": {{}}, "fx": {{ "date": "2026-11-30",
               "usdTo": {{ "zar": "18", "aed": "3.67", "eur": "0.95", "JPY": "150" }} }} }}"#
        );
        let parsed = parse(&text, None).unwrap_or_else(|e| panic!("{e}"));
        let with_feed = currencies(Some(&parsed.market));
        let mut sorted = with_feed.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(with_feed, sorted, "sorted, no repeats");
        for code in ["AED", "EUR", "JPY", "USD", "ZAR"] {
            assert!(with_feed.iter().any(|c| c == code), "{code}");
        }
        // The feed adds to the built-in's codes.
        let builtin = currencies(None);
        assert!(builtin.iter().all(|c| with_feed.contains(c)));
        assert!(builtin.windows(2).all(|w| w[0] < w[1]));
    }
}
