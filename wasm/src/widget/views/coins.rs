//! The "Which coin" view: the verdict in words (which coin pays best, or that none pays at this
//! electricity price and below which price one would: the core's `coin_verdict`), every coin
//! the chosen rig can mine ranked by today's daily profit with the rig's hashrate and power for
//! each algorithm (the core's `compare`, in any currency the market data has a rate for), with
//! the break-even electricity price per row; and the solo-mining odds of the chosen coin (expected
//! blocks, the chance of at least one, the wait, what a block pays) from `solo_odds`.

use minecalc_core::Raw;
use minecalc_core::num::round_significant;
use minecalc_core::risk::{
    CoinVerdict, CompareInput, Comparison, SoloInput, SoloOdds, coin_verdict, compare, solo_odds,
};
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::super::dom::{El, el, replace_children, set_attr, set_hidden, set_text, toggle_class};
use super::super::messages::Msg;
use super::{Ctx, View};

/// Estimate fields every coin of the ranking shares with the form.
const SHARED: [&str; 6] = [
    "electricityPrice",
    "poolFeePercent",
    "uptimePercent",
    "overheadPercent",
    "currency",
    "market",
];
/// Market fields the reader may have changed: they apply to the chosen coin only.
const MARKET: [&str; 6] = [
    "coinPrice",
    "difficulty",
    "networkHashrate",
    "blockReward",
    "blockHeight",
    "txFeesPerBlock",
];

/// The "Which coin" view.
#[derive(Debug, Default)]
pub struct Coins {
    ui: Option<Ui>,
    drawn: Option<Raw>,
}

#[derive(Debug)]
struct Ui {
    body: Element,
    status: Element,
    verdict: Element,
    rows: Element,
    note: Element,
    solo_title: Element,
    solo_words: Element,
    solo_rows: Element,
}

impl View for Coins {
    fn id(&self) -> &'static str {
        "coins"
    }

    fn label(&self) -> Msg {
        Msg::ViewCoins
    }

    fn render(&mut self, cx: &Ctx, panel: &Element) -> Result<(), JsValue> {
        let head = |cols: &[&str]| -> Result<El, JsValue> {
            let mut tr = el("tr")?;
            for c in cols {
                tr = tr.child(el("th")?.attr("scope", "col").text(c));
            }
            Ok(el("thead")?.child(tr))
        };
        let rows = el("tbody")?.build();
        let table = el("table")?
            .class("mc-table mc-rank")
            .part("table")
            .child(el("caption")?.text(cx.t(Msg::CoinsCaption)))
            .child(head(&[
                cx.t(Msg::Coin),
                cx.t(Msg::RowProfit),
                cx.t(Msg::RowRevenue),
                cx.t(Msg::ColBreakEven),
            ])?)
            .append(&rows)
            .build();
        let solo_rows = el("tbody")?.build();
        let solo_title = el("p")?.class("mc-eyebrow mc-solo-title").build();
        let solo_words = el("p")?.class("mc-words").build();
        let solo_table = el("table")?
            .class("mc-table")
            .child(el("caption")?.text(cx.t(Msg::SoloCaption)))
            .child(head(&[
                cx.t(Msg::ColPeriod),
                cx.t(Msg::ColBlocks),
                cx.t(Msg::ColChance),
            ])?)
            .append(&solo_rows);
        let p = |class: &str| -> Result<Element, JsValue> { Ok(el("p")?.class(class).build()) };
        let note = p("mc-note")?;
        let verdict = el("p")?.class("mc-words").part("verdict").build();
        let summary = super::summary()?.append(&verdict);
        let status = el("p")?
            .class("mc-status")
            .attr("hidden", "")
            .text(cx.t(Msg::StaleNote))
            .build();
        let body = el("div")?
            .class("mc-results-body")
            .part("coins")
            .append(&table)
            .append(&note)
            .child(
                el("section")?
                    .class("mc-solo")
                    .append(&solo_title)
                    .append(&solo_words)
                    .child(solo_table)
                    .child(el("p")?.class("mc-note").text(cx.t(Msg::SoloNote))),
            )
            .build();
        replace_children(panel, vec![summary, El(status.clone()), El(body.clone())]);
        self.drawn = None;
        self.ui = Some(Ui {
            body,
            status,
            verdict,
            rows,
            note,
            solo_title,
            solo_words,
            solo_rows,
        });
        Ok(())
    }

    fn update(&mut self, cx: &Ctx) -> Result<(), JsValue> {
        let Some(ui) = &self.ui else { return Ok(()) };
        let stale = cx.estimate.is_none();
        toggle_class(&ui.body, "is-stale", stale);
        set_hidden(&ui.status, !stale);
        let raw = cx.input_for(self.id());
        if stale || self.drawn.as_ref() == Some(&raw) {
            return Ok(());
        }
        let Some(coin) = cx.coin() else { return Ok(()) };

        match CompareInput::from_raw(&compare_input(cx, &raw)).and_then(|i| compare(&i)) {
            Ok(c) => {
                ranking(cx, ui, &c, coin.id)?;
                verdict(cx, ui, &c, coin.id);
            }
            Err(e) => cx.report(e),
        }
        set_text(&ui.note, &cx.tf(Msg::CoinsNote, &[("coin", coin.name)]));

        set_text(
            &ui.solo_title,
            &cx.tf(Msg::SoloTitle, &[("coin", coin.name)]),
        );
        let mut solo_raw = raw.clone();
        solo_raw.set("days", "365.25");
        match SoloInput::from_raw(&solo_raw).and_then(|i| solo_odds(&i)) {
            Ok(odds) => solo(cx, ui, &odds, coin.ticker)?,
            Err(e) => cx.report(e),
        }
        self.drawn = Some(raw);
        Ok(())
    }
}

/// The comparison input: the rig preset (if any), the form's hashrate and power for the
/// chosen coin's algorithm, the shared costs, and the reader's market figures for that coin.
fn compare_input(cx: &Ctx, form: &Raw) -> Raw {
    let mut raw = Raw::map();
    for k in SHARED {
        if let Some(v) = form.get(k) {
            raw.set(k, v.clone());
        }
    }
    if let Some(rig) = cx.state.rig() {
        raw.set("rig", rig.id);
    }
    if let Some(coin) = cx.coin() {
        let mut mode = Raw::map().with("algorithm", coin.algorithm.id());
        let mut market = Raw::map();
        if let Raw::Map(fields) = form {
            for (k, v) in fields {
                match k.as_str() {
                    "hashrate" | "powerWatts" => mode.set(k, v.clone()),
                    k if MARKET.contains(&k) => market.set(k, v.clone()),
                    _ => {}
                }
            }
        }
        raw.set("modes", Raw::List(vec![mode]));
        if market != Raw::map() {
            raw.set("coins", Raw::map().with(coin.id, market));
        }
    }
    raw
}

/// A row's name: the merged-mining row's in the widget's language.
fn row_name<'a>(cx: &Ctx, c: &'a Comparison, id: &str) -> &'a str {
    match c.rows.iter().find(|r| r.coin == id) {
        Some(r) if r.coin == "ltc+doge" => cx.t(Msg::CoinsMerged),
        Some(r) => r.name.as_str(),
        None => "",
    }
}

/// The headline sentence of a verdict (the core's `CoinVerdict::key` names it).
fn sentence(v: &CoinVerdict) -> Msg {
    match v {
        CoinVerdict::Best { .. } => Msg::CoinsBest,
        CoinVerdict::NonePays { .. } => Msg::CoinsNonePays,
        CoinVerdict::NoCoin => Msg::CoinsNoCoin,
    }
}

/// The verdict in words: the best coin (and the reader's choice when it is another), or that
/// none pays at this electricity price, with the price below which the best one would.
fn verdict(cx: &Ctx, ui: &Ui, c: &Comparison, chosen: &str) {
    let f = cx.fmt;
    let v = coin_verdict(c);
    let text = match &v {
        CoinVerdict::Best { coin, profit } => {
            let mut text = cx.tf(
                sentence(&v),
                &[
                    ("coin", row_name(cx, c, coin)),
                    ("profit", &f.money_signed(*profit)),
                ],
            );
            let mine = c.rows.iter().find(|r| r.coin == chosen);
            if let Some(mine) = mine.filter(|r| r.coin != *coin) {
                text.push(' ');
                text.push_str(&cx.tf(
                    Msg::CoinsBestOther,
                    &[
                        ("chosen", row_name(cx, c, chosen)),
                        ("profit", &f.money_signed(mine.profit)),
                    ],
                ));
            }
            text
        }
        CoinVerdict::NonePays {
            coin,
            profit,
            break_even,
            break_even_coin,
        } => {
            let price = cx
                .input
                .map_or(Decimal::ZERO, |i| i.electricity_price.as_per_kwh());
            cx.tf(
                sentence(&v),
                &[
                    ("price", &f.money(price)),
                    ("coin", row_name(cx, c, coin)),
                    ("profit", &f.money_signed(*profit)),
                    (
                        "breakEven",
                        &break_even.map_or_else(|| "—".to_owned(), |p| f.money(p)),
                    ),
                    (
                        "beCoin",
                        break_even_coin
                            .as_deref()
                            .map_or("", |id| row_name(cx, c, id)),
                    ),
                ],
            )
        }
        CoinVerdict::NoCoin => cx.t(sentence(&v)).to_owned(),
    };
    set_attr(&ui.verdict, "data-verdict", v.key());
    set_text(&ui.verdict, &text);
}

/// The ranking table, best first; the chosen coin's row is marked.
fn ranking(cx: &Ctx, ui: &Ui, c: &Comparison, chosen: &str) -> Result<(), JsValue> {
    let f = cx.fmt;
    let mut rows = Vec::with_capacity(c.rows.len());
    for r in &c.rows {
        let mine = r.coin == chosen;
        let name = if r.coin == "ltc+doge" {
            cx.t(Msg::CoinsMerged)
        } else {
            r.name.as_str()
        };
        let mut sub = r.hashrate.clone();
        if mine {
            sub.push_str(" · ");
            sub.push_str(cx.t(Msg::CoinsYours));
        }
        let profit_class = if r.profit < Decimal::ZERO {
            "is-loss"
        } else {
            "is-profit"
        };
        let break_even = r
            .break_even_electricity_price
            .map_or_else(|| "—".to_owned(), |p| format!("{}/kWh", f.money(p)));
        rows.push(
            el("tr")?
                .attr("data-coin", &r.coin)
                .class(if mine { "is-current" } else { "" })
                .child(
                    el("th")?
                        .attr("scope", "row")
                        .text(name)
                        .child(el("span")?.class("mc-sub").text(&sub)),
                )
                .child(
                    el("td")?
                        .class(profit_class)
                        .text(&f.money_signed(r.profit)),
                )
                .child(el("td")?.text(&f.money(r.revenue)))
                .child(el("td")?.text(&break_even)),
        );
    }
    replace_children(&ui.rows, rows);
    Ok(())
}

/// A probability (0–1) as a percentage with three significant digits: "63.2 %", "0.00123 %".
fn percent(cx: &Ctx, p: Decimal) -> String {
    let v = round_significant(p * Decimal::ONE_HUNDRED, 3).unwrap_or_default();
    format!("{} %", cx.fmt.sig(v))
}

/// The expected wait for a block in words: hours, days or years.
fn wait(cx: &Ctx, days: Decimal) -> String {
    let f = cx.fmt;
    let three = |d: Decimal| f.sig(round_significant(d, 3).unwrap_or_default());
    if days >= Decimal::from(730) {
        cx.tf(
            Msg::WaitYears,
            &[("n", &three(days / Decimal::new(36525, 2)))],
        )
    } else if days >= Decimal::TWO {
        f.days(days.round())
    } else {
        format!("{} h", three(days * Decimal::from(24)))
    }
}

/// The solo-mining sentence and the odds per period.
fn solo(cx: &Ctx, ui: &Ui, odds: &SoloOdds, ticker: &str) -> Result<(), JsValue> {
    let f = cx.fmt;
    let text = match odds.expected_days_to_block {
        Some(days) => cx.tf(
            Msg::SoloSentence,
            &[
                ("wait", &wait(cx, days)),
                ("chance", &percent(cx, odds.probability_at_least_one)),
                ("coins", &f.sig(odds.block_value.coins)),
                ("ticker", ticker),
                ("value", &f.money(odds.block_value.value)),
            ],
        ),
        None => "—".to_owned(),
    };
    set_text(&ui.solo_words, &text);
    let labels = [Msg::ColDay, Msg::ColWeek, Msg::ColMonth, Msg::ColYear];
    let mut rows = Vec::with_capacity(labels.len());
    for (p, label) in odds.periods.iter().zip(labels) {
        let blocks = f.sig(round_significant(p.expected_blocks, 3).unwrap_or_default());
        rows.push(
            el("tr")?
                .child(el("th")?.attr("scope", "row").text(cx.t(label)))
                .child(el("td")?.text(&blocks))
                .child(el("td")?.text(&percent(cx, p.probability_at_least_one))),
        );
    }
    replace_children(&ui.solo_rows, rows);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{CoinVerdict, sentence};
    use rust_decimal::Decimal;

    #[test]
    fn each_verdict_reads_as_the_message_its_key_names() {
        let best = CoinVerdict::Best {
            coin: "etc".into(),
            profit: Decimal::ONE,
        };
        let none = CoinVerdict::NonePays {
            coin: "etc".into(),
            profit: -Decimal::ONE,
            break_even: None,
            break_even_coin: None,
        };
        for v in [best, none, CoinVerdict::NoCoin] {
            assert_eq!(format!("{:?}", sentence(&v)), v.key());
        }
    }
}
