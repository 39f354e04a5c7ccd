//! Property tests for the estimate: any input gives `Ok` or a typed error (never a panic, even
//! at Decimal's limits); more hashrate never earns less; a dearer kWh never raises profit;
//! profit at the break-even electricity price is zero up to the output rounding.

use minecalc_core::{Raw, coins, estimate};
use minecalc_tests::abs_diff;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Decimal text from a mantissa and a scale, e.g. (12345, 2) → "123.45".
fn decimal_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..1_000_000, 0u32..8).prop_map(|(m, s)| Decimal::new(m as i64, s).to_string()),
        (any::<i64>(), 0u32..28).prop_map(|(m, s)| Decimal::new(m, s).to_string()),
        Just("79228162514264337593543950335".to_owned()),
        Just("-79228162514264337593543950335".to_owned()),
        Just("0.0000000000000000000000000001".to_owned()),
        Just("1e40".to_owned()),
        Just("NaN".to_owned()),
        Just("".to_owned()),
        Just("abc".to_owned()),
    ]
}

/// A loose value as JS might send it: decimal text, a number, or something odd.
fn loose() -> impl Strategy<Value = Raw> {
    prop_oneof![
        4 => decimal_text().prop_map(Raw::Text),
        3 => decimal_text().prop_map(Raw::Number),
        1 => any::<f64>().prop_map(Raw::from),
        1 => Just(Raw::Null),
        1 => any::<bool>().prop_map(Raw::Bool),
        1 => Just(Raw::List(vec![])),
    ]
}

fn hashrate_text() -> impl Strategy<Value = String> {
    let units = prop::sample::select(vec![
        "H/s", "kH/s", "MH/s", "GH/s", "TH/s", "PH/s", "EH/s", "kSol/s", "Sol/s", "", "XH/s",
    ]);
    (decimal_text(), units).prop_map(|(n, u)| format!("{n} {u}"))
}

fn coin_id() -> impl Strategy<Value = String> {
    let mut ids: Vec<String> = coins::all().iter().map(|c| c.id.to_owned()).collect();
    ids.push("nope".to_owned());
    prop::sample::select(ids)
}

/// Any input object the JS API could receive, valid or not.
fn any_input() -> impl Strategy<Value = Raw> {
    let optional = |s: BoxedStrategy<Raw>| prop::option::weighted(0.5, s);
    (
        coin_id(),
        hashrate_text(),
        (
            optional(loose().boxed()),
            optional(loose().boxed()),
            optional(loose().boxed()),
            optional(loose().boxed()),
            optional(hashrate_text().prop_map(Raw::Text).boxed()),
        ),
        (
            optional(loose().boxed()),
            optional(loose().boxed()),
            optional(loose().boxed()),
            optional(loose().boxed()),
            optional(loose().boxed()),
        ),
        (
            optional(loose().boxed()),
            optional(loose().boxed()),
            optional(loose().boxed()),
            optional(loose().boxed()),
            optional(loose().boxed()),
        ),
    )
        .prop_map(|(coin, hashrate, a, b, c)| {
            let mut raw = Raw::map().with("coin", coin).with("hashrate", hashrate);
            let fields = [
                ("powerWatts", a.0),
                ("electricityPrice", a.1),
                ("coinPrice", a.2),
                ("difficulty", a.3),
                ("networkHashrate", a.4),
                ("blockReward", b.0),
                ("blockHeight", b.1),
                ("txFeesPerBlock", b.2),
                ("blockTimeSeconds", b.3),
                ("workPerDifficulty", b.4),
                ("poolFeePercent", c.0),
                ("uptimePercent", c.1),
                ("overheadPercent", c.2),
                ("hardwareCost", c.3),
                ("uptimePercent", c.4),
            ];
            for (key, value) in fields {
                if let Some(v) = value {
                    raw.set(key, v);
                }
            }
            raw
        })
}

/// A valid BTC input with the knobs the laws vary.
#[derive(Debug, Clone)]
struct Knobs {
    hashrate_th: Decimal,
    difficulty: Decimal,
    reward: Decimal,
    price: Decimal,
    watts: Decimal,
    kwh_price: Decimal,
    pool_fee: Decimal,
    uptime: Decimal,
    overhead: Decimal,
}

fn dec_in(lo: i64, hi: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    (lo..=hi).prop_map(move |m| Decimal::new(m, scale))
}

fn knobs() -> impl Strategy<Value = Knobs> {
    (
        (
            dec_in(1, 10_000_000, 3),    // 0.001 – 10,000 TH/s
            dec_in(1, 200_000_000, 0),   // difficulty in millions
            dec_in(0, 5_000_000_000, 8), // reward 0 – 50
            dec_in(0, 20_000_000, 2),    // price 0 – 200,000
        ),
        (
            dec_in(0, 10_000_000, 2), // 0 – 100 kW
            dec_in(0, 100_000, 5),    // 0 – 1 per kWh
            dec_in(0, 10_000, 2),     // pool fee %
            dec_in(0, 10_000, 2),     // uptime %
            dec_in(0, 10_000, 2),     // overhead %
        ),
    )
        .prop_map(|((h, d, r, p), (w, e, f, u, o))| Knobs {
            hashrate_th: h,
            difficulty: d * Decimal::from(1_000_000),
            reward: r,
            price: p,
            watts: w,
            kwh_price: e,
            pool_fee: f,
            uptime: u,
            overhead: o,
        })
}

impl Knobs {
    fn raw(&self) -> Raw {
        Raw::map()
            .with("coin", "btc")
            .with("hashrate", format!("{} TH/s", self.hashrate_th))
            .with("difficulty", self.difficulty)
            .with("blockReward", self.reward)
            .with("coinPrice", self.price)
            .with("powerWatts", self.watts)
            .with("electricityPrice", self.kwh_price)
            .with("poolFeePercent", self.pool_fee)
            .with("uptimePercent", self.uptime)
            .with("overheadPercent", self.overhead)
    }
}

fn run(raw: &Raw) -> estimate::Estimate {
    match estimate::estimate_raw(raw) {
        Ok(e) => e,
        Err(e) => panic!("valid input refused: {e}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_input_is_ok_or_a_typed_error(raw in any_input()) {
        match estimate::estimate_raw(&raw) {
            Ok(e) => {
                // Serializes, and amounts are finite decimals by construction.
                prop_assert!(serde_json::to_value(&e).is_ok());
            }
            Err(err) => {
                let message = err.to_string();
                prop_assert!(!err.field().is_empty());
                prop_assert!(
                    message.starts_with(&format!("{}: ", err.field())),
                    "message {message:?} does not start with its field {:?}", err.field()
                );
            }
        }
    }

    #[test]
    fn extreme_magnitudes_are_ok_or_a_typed_error(
        hashrate in prop::sample::select(vec!["79228162514264337593543950335 H/s", "79228 EH/s", "0.0000000000000000000000000001 H/s", "1 H/s"]),
        difficulty in prop::sample::select(vec!["0.0000000000000000000000000001", "1", "79228162514264337593543950335"]),
        big in prop::sample::select(vec!["0", "0.0000000000000000000000000001", "1", "79228162514264337593543950335"]),
        percent in prop::sample::select(vec!["0", "0.0000000000000000000000000001", "50", "100"]),
    ) {
        let raw = Raw::map()
            .with("coin", "btc")
            .with("hashrate", hashrate)
            .with("difficulty", difficulty)
            .with("blockReward", big)
            .with("txFeesPerBlock", big)
            .with("coinPrice", big)
            .with("powerWatts", big)
            .with("electricityPrice", big)
            .with("hardwareCost", big)
            .with("poolFeePercent", percent)
            .with("uptimePercent", percent)
            .with("overheadPercent", percent);
        match estimate::estimate_raw(&raw) {
            Ok(e) => prop_assert!(serde_json::to_value(&e).is_ok()),
            Err(err) => prop_assert!(
                matches!(err, minecalc_core::Error::Overflow { .. } | minecalc_core::Error::OutOfRange { .. }),
                "{err}"
            ),
        }
    }

    #[test]
    fn more_hashrate_never_earns_less(k in knobs(), extra in dec_in(0, 10_000_000, 3)) {
        let low = run(&k.raw());
        let more = Knobs { hashrate_th: k.hashrate_th + extra, ..k.clone() };
        let high = run(&more.raw());
        prop_assert!(high.daily.coins >= low.daily.coins);
        prop_assert!(high.daily.revenue >= low.daily.revenue);
        prop_assert!(high.daily.profit >= low.daily.profit);
    }

    #[test]
    fn dearer_electricity_never_raises_profit(k in knobs(), extra in dec_in(0, 100_000, 5)) {
        let cheap = run(&k.raw());
        let dear = Knobs { kwh_price: k.kwh_price + extra, ..k.clone() };
        let dear = run(&dear.raw());
        prop_assert!(dear.daily.profit <= cheap.daily.profit);
        prop_assert!(dear.monthly.profit <= cheap.monthly.profit);
    }

    #[test]
    fn profit_at_the_break_even_electricity_price_is_zero(k in knobs()) {
        let e = run(&k.raw());
        if let Some(price) = e.break_even_electricity_price {
            let at = run(&Knobs { kwh_price: price, ..k.clone() }.raw());
            // The break-even price is rounded to 12 places (error ≤ 5e-13 per kWh), so the
            // profit there is zero up to that error times the kWh drawn a day, plus the
            // 12-place rounding of the profit itself.
            let kwh_per_day = k.watts * (Decimal::ONE + k.overhead / Decimal::ONE_HUNDRED)
                / Decimal::from(1000) * Decimal::from(24) * k.uptime / Decimal::ONE_HUNDRED;
            let tolerance = kwh_per_day * Decimal::new(5, 13) + Decimal::new(1, 12);
            prop_assert!(
                at.daily.profit.abs() <= tolerance,
                "profit {} at break-even {price} (tolerance {tolerance})", at.daily.profit
            );
        } else {
            prop_assert!(k.watts.is_zero() || k.uptime.is_zero());
        }
    }

    #[test]
    fn month_and_year_scale_the_day(k in knobs()) {
        let e = run(&k.raw());
        let month = (e.daily.coins * e.days_per_month).to_string();
        // Daily is rounded to 12 places before this multiplication, monthly after it.
        let diff = abs_diff(&month, &e.monthly.coins.to_string()).unwrap_or(Decimal::MAX);
        prop_assert!(diff <= Decimal::new(2, 11), "{month} vs {}", e.monthly.coins);
    }
}
