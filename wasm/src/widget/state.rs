//! The widget's state without any DOM: the text each field holds (as typed or as the host's
//! attribute said), where that text came from, and the rules that keep rig, coin and market
//! figures consistent. It also builds the loosely typed input the core validates.

use minecalc_core::Raw;
use minecalc_core::coins::{self, Algorithm, Coin};
use minecalc_core::date::Date;
use minecalc_core::market::{self, MarketData, Snapshot};
use minecalc_core::num::{Checked, round_significant};
use minecalc_core::rigs::{self, Rig};
use minecalc_core::units::HashUnit;
use rust_decimal::Decimal;

use super::fields::{self, FIELDS, Field, Show, Spec, Unit};
use super::format::normalize_number;

/// The electricity price the widget starts from when the host gives none (per kWh).
pub const DEFAULT_ELECTRICITY_PRICE: &str = "0.10";
/// The rig the widget starts from when the host names neither rig, coin nor hashrate.
pub const DEFAULT_RIG: &str = "antminer-s21";
/// Currencies offered in the currency list (the host may set any ISO 4217 code the market
/// data has a rate for).
pub const CURRENCIES: [&str; 13] = [
    "USD", "EUR", "GBP", "JPY", "CNY", "CAD", "AUD", "CHF", "INR", "BRL", "RUB", "KRW", "TRY",
];

/// What became of the site's market data (`market-src` or the `market` property).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum FeedStatus {
    /// The site names none: the built-in snapshot is in use.
    #[default]
    None,
    /// Fetched and valid.
    Live,
    /// The fetch failed but a copy saved on `saved` is in use.
    Cached { saved: Date },
    /// Not usable: the built-in snapshot is in use.
    Failed(FeedProblem),
}

/// Why a site's market data could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedProblem {
    Http(u16),
    Timeout,
    TooLarge,
    Network,
    /// The first validation error, as the core words it (it names the JSON path).
    Invalid(String),
}

/// A site's market data in use: the validated document as the core reads it, and parsed.
#[derive(Debug, Clone)]
pub struct Feed {
    pub raw: Raw,
    pub data: MarketData,
}

/// Where a field's text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Derived by the widget: a rig preset, the coin's snapshot, a default.
    Default,
    /// A host attribute.
    Host,
    /// Typed or picked by the reader.
    User,
}

/// A field's text and its origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub text: String,
    pub source: Source,
}

/// Everything the reader and the host have said, as text.
#[derive(Debug)]
pub struct State {
    /// One value per row of `FIELDS`, indexed by `Field as usize`.
    values: Vec<Value>,
    /// Host attributes as last seen (fields' and the widget's own).
    attrs: Attrs,
    /// The unit picked next to the hashrate box, e.g. `TH/s`.
    pub hash_unit: String,
    /// The rig and coin the host's attributes amount to (ids as given).
    host_rig: String,
    host_coin: String,
    /// Whether typed decimals use a comma ("0,08").
    pub decimal_comma: bool,
    /// The reader's date, when known: the default block height is the one the chain is
    /// expected to have reached today (else the snapshot's), so today's reward is right even
    /// when the snapshot predates a halving.
    pub today: Option<Date>,
    /// The site's market data, when it supplied valid data; else the built-in snapshot.
    pub feed: Option<Feed>,
    /// What became of the site's market data, for the notice.
    pub feed_status: FeedStatus,
    /// A rig that cannot mine the coin asked for, and the coin shown instead:
    /// `(rig name, asked, shown)`. Said on the coin field; never a silent switch.
    pub coin_switch: Option<(String, String, String)>,
    /// The language the reader picked in the widget's menu (kept in the share link).
    pub reader_lang: Option<String>,
}

impl State {
    /// The state for a host with these attributes.
    pub fn new(attrs: Attrs, decimal_comma: bool, today: Option<Date>) -> State {
        let empty = Value {
            text: String::new(),
            source: Source::Default,
        };
        let mut s = State {
            values: vec![empty; FIELDS.len()],
            attrs,
            hash_unit: "TH/s".to_owned(),
            host_rig: String::new(),
            host_coin: String::new(),
            decimal_comma,
            today,
            feed: None,
            feed_status: FeedStatus::None,
            coin_switch: None,
            reader_lang: None,
        };
        s.resolve_host();
        for spec in &FIELDS {
            s.reset(spec.field);
        }
        s.apply_rig_and_coin();
        s
    }

    /// The same state for a locale with (or without) a decimal comma: derived figures are
    /// written anew in the locale's style; what the reader typed is kept as typed.
    pub fn relocalize(&mut self, decimal_comma: bool) {
        if decimal_comma == self.decimal_comma {
            return;
        }
        let mut fresh = State::new(self.attrs.clone(), decimal_comma, self.today);
        fresh.set_feed(self.feed.clone());
        fresh.feed_status = self.feed_status.clone();
        fresh.reader_lang = self.reader_lang.clone();
        for spec in &FIELDS {
            if let Some(v) = self
                .values
                .get(spec.field as usize)
                .filter(|v| v.source == Source::User)
            {
                fresh.set_user(spec.field, &v.text);
            }
        }
        fresh.set_hash_unit(&self.hash_unit);
        *self = fresh;
    }

    /// The text of `field` ("" when empty).
    pub fn text(&self, field: Field) -> &str {
        self.values
            .get(field as usize)
            .map_or("", |v| v.text.as_str())
    }

    /// Where the text of `field` came from.
    pub fn source(&self, field: Field) -> Source {
        self.values
            .get(field as usize)
            .map_or(Source::Default, |v| v.source)
    }

    /// A host attribute, if set.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name)
    }

    fn set(&mut self, field: Field, text: impl Into<String>, source: Source) {
        if let Some(v) = self.values.get_mut(field as usize) {
            *v = Value {
                text: text.into(),
                source,
            };
        }
    }

    /// The chosen rig preset; `None` for custom hardware (or an unknown id).
    pub fn rig(&self) -> Option<&'static Rig> {
        rig_by_id(self.text(Field::Rig))
    }

    /// The chosen coin, if the table knows it.
    pub fn coin(&self) -> Option<&'static Coin> {
        let id = self.text(Field::Coin);
        if id.trim().is_empty() {
            return None;
        }
        coins::find(id, "coin").ok()
    }

    /// Whether a field is shown for the current coin.
    pub fn visible(&self, spec: &Spec) -> bool {
        match spec.show {
            Show::Always => true,
            Show::CustomCoin => self.coin().is_some_and(Coin::is_custom),
        }
    }

    /// A host attribute changed (or was removed). Field attributes replace the field's text;
    /// `rig` and `coin` re-derive the hardware and market figures.
    pub fn set_attr(&mut self, name: &str, value: Option<String>) {
        self.attrs.set(name, value);
        let Some(spec) = fields::by_attr(name) else {
            return;
        };
        let before = (self.host_rig.clone(), self.host_coin.clone());
        self.resolve_host();
        let moved = before != (self.host_rig.clone(), self.host_coin.clone());
        match spec.field {
            _ if moved => {
                self.reset(Field::Rig);
                self.reset(Field::Coin);
                self.apply_rig_and_coin();
            }
            Field::Rig | Field::Coin => {
                self.reset(Field::Rig);
                self.reset(Field::Coin);
                self.apply_rig_and_coin();
            }
            Field::Hashrate | Field::Power => self.apply_rig_and_coin_fields_only(),
            Field::BlockHeight => {
                self.reset(Field::BlockHeight);
                self.refresh_auto_reward();
            }
            Field::CoinPrice | Field::Difficulty | Field::BlockReward => self.reset_market(),
            Field::Currency => {
                self.reset(Field::Currency);
                self.follow_currency();
            }
            Field::GrowDifficulty | Field::DifficultyGrowth => {
                self.reset(spec.field);
                self.follow_growth();
            }
            f => self.reset(f),
        }
    }

    /// The growth estimate was switched or its rate changed: a difficulty still at the market
    /// data's follows it.
    fn follow_growth(&mut self) {
        if self.source(Field::Difficulty) == Source::Default {
            self.reset(Field::Difficulty);
        }
    }

    /// Whether the form asks for something only the full module computes (first module
    /// only): today's difficulty grown from the market data's. The widget then asks the page
    /// for the full module, and the hint under the switch says it is loading.
    pub fn wants_full(&self) -> bool {
        cfg!(not(feature = "full")) && is_on(self.text(Field::GrowDifficulty))
    }

    /// Today's difficulty estimated from the market data's, when the reader switched the
    /// estimate on: `(estimate, growth % per month, days grown, the data's date)`. The first
    /// module leaves it to the full module ([`State::wants_full`]): the growth factor's
    /// `exp`/`ln` are ~7 KB of its download.
    #[cfg(not(feature = "full"))]
    pub fn grown_difficulty(&self, _coin: &Coin) -> Option<(Decimal, Decimal, i64, Date)> {
        None
    }

    /// Today's difficulty estimated from the market data's, when the reader switched the
    /// estimate on: `(estimate, growth % per month, days grown, the data's date)`.
    #[cfg(feature = "full")]
    pub fn grown_difficulty(&self, coin: &Coin) -> Option<(Decimal, Decimal, i64, Date)> {
        if !is_on(self.text(Field::GrowDifficulty)) {
            return None;
        }
        let s = self.snapshot(coin);
        let date = s.date_of("difficulty");
        let days = market::age_days(date, self.today?);
        let typed = normalize_number(self.text(Field::DifficultyGrowth), self.decimal_comma);
        let growth = minecalc_core::raw::parse_decimal(&typed).or_else(|| {
            minecalc_core::raw::parse_decimal(fields::spec(Field::DifficultyGrowth).placeholder)
        })?;
        let factor = minecalc_core::project::growth_factor(
            growth,
            minecalc_core::estimate::DAYS_PER_MONTH,
            days,
            "difficultyGrowthPercentPerMonth",
        )
        .ok()?;
        let grown = round_significant(s.difficulty.mul_checked(factor)?, 8)?;
        Some((grown, growth, days, date))
    }

    /// The currency changed: a coin price and a rig price still at the market data's follow it
    /// (converted).
    fn follow_currency(&mut self) {
        if self.source(Field::CoinPrice) == Source::Default {
            self.reset(Field::CoinPrice);
        }
        self.follow_rig_price();
    }

    /// The rig or currency changed: a hardware cost nobody typed becomes the rig's typical price.
    fn follow_rig_price(&mut self) {
        if self.source(Field::HardwareCost) == Source::Default {
            self.reset(Field::HardwareCost);
        }
    }

    /// The chosen rig's typical price in the form's currency (converted at the market data's
    /// rates), with the dated price it comes from.
    pub fn rig_price(&self) -> Option<(Decimal, market::RigPrice)> {
        let rig = self.rig()?;
        let feed = self.feed.as_ref().map(|f| &f.data);
        let price = market::rig_price(rig.id, feed)?;
        let rate = |code: &str| market::fx_rate(code, feed).map(|(r, _)| r);
        let usd = price.value.div_checked(rate(&price.currency)?)?;
        let value = usd.mul_checked(rate(&self.currency())?)?.round_dp(2);
        Some((value, price))
    }

    /// The reader typed or picked `text` in `field`.
    pub fn set_user(&mut self, field: Field, text: &str) {
        self.set(field, text, Source::User);
        match field {
            Field::Rig => {
                self.coin_switch = None;
                if let Some(rig) = self.rig() {
                    let mines = self.coin().is_some_and(|c| rig.mode(c.algorithm).is_some());
                    if !mines {
                        let asked = self.text(Field::Coin).to_owned();
                        let first = rig.coins().next().map_or("", |c| c.id);
                        self.coin_switch = switch_note(Some(rig), &asked, first);
                        self.set(Field::Coin, first, Source::Default);
                    }
                }
                self.apply_coin();
                self.follow_rig_price();
            }
            Field::Coin => {
                self.coin_switch = None;
                self.apply_coin();
            }
            Field::BlockHeight => self.refresh_auto_reward(),
            Field::Currency => self.follow_currency(),
            Field::GrowDifficulty | Field::DifficultyGrowth => self.follow_growth(),
            _ => {}
        }
    }

    /// The reader picked a hashrate unit.
    pub fn set_hash_unit(&mut self, unit: &str) {
        if hash_units(self.hash_family()).contains(&unit) {
            unit.clone_into(&mut self.hash_unit);
        }
    }

    /// Puts every market figure back to the coin's snapshot (or the host's values).
    pub fn reset_market(&mut self) {
        for spec in FIELDS.iter().filter(|s| s.market) {
            self.reset(spec.field);
        }
        self.refresh_auto_reward();
    }

    /// Whether any market figure differs from what the host and the snapshot say.
    pub fn market_edited(&self) -> bool {
        FIELDS
            .iter()
            .any(|s| s.market && self.source(s.field) == Source::User)
    }

    /// The unit family of the coin's algorithm (H/s, or Sol/s for Equihash).
    pub fn hash_family(&self) -> HashUnit {
        self.coin().map_or(HashUnit::Hash, |c| c.hash_unit)
    }

    /// The hashrate as the core reads it: `"200 TH/s"` from box and unit, or the box's text
    /// alone when it already carries a unit (or is not a number), so the core can say why.
    pub fn hashrate_text(&self) -> String {
        let typed = normalize_number(self.text(Field::Hashrate), self.decimal_comma);
        if typed.is_empty() {
            return typed;
        }
        let plain = typed
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
        if plain {
            let mut s = typed;
            s.push(' ');
            s.push_str(&self.hash_unit);
            s
        } else {
            typed
        }
    }

    /// The input object for the core: every shown field that `include` selects and that
    /// holds text, except market figures still at the snapshot (the core fills those in
    /// itself, and says so in `assumptions.snapshotDate`).
    pub fn raw(&self, include: impl Fn(&Spec) -> bool) -> Raw {
        let mut raw = Raw::map();
        for spec in FIELDS.iter().filter(|s| include(s) && self.visible(s)) {
            let Some(key) = spec.api else { continue };
            let value = match self.values.get(spec.field as usize) {
                Some(v) if !(spec.market && v.source == Source::Default) => v,
                // The expected height today differs from the snapshot's: send it.
                Some(v) if spec.field == Field::BlockHeight && self.today.is_some() => v,
                // So does an estimate of today's difficulty the reader switched on.
                Some(v)
                    if spec.field == Field::Difficulty
                        && is_on(self.text(Field::GrowDifficulty)) =>
                {
                    v
                }
                _ => continue,
            };
            let text = match spec.field {
                Field::Hashrate => self.hashrate_text(),
                _ if spec.kind == fields::Kind::Number => {
                    normalize_number(&value.text, self.decimal_comma)
                }
                _ => value.text.trim().to_owned(),
            };
            if !text.is_empty() {
                raw.set(key, Raw::Text(text));
            }
        }
        if let Some(feed) = &self.feed {
            raw.set("market", feed.raw.clone());
        }
        raw
    }

    /// Uses a site's market data (`None`: the built-in snapshot): figures still at their
    /// defaults follow it; what the reader or host typed stays.
    pub fn set_feed(&mut self, feed: Option<Feed>) {
        self.feed = feed;
        for spec in FIELDS.iter().filter(|s| s.market) {
            if self.source(spec.field) == Source::Default {
                self.reset(spec.field);
            }
        }
        self.refresh_auto_reward();
    }

    /// The coin's market figures: the site's feed over the built-in snapshot.
    pub fn snapshot(&self, coin: &Coin) -> Snapshot {
        market::snapshot(coin, self.feed.as_ref().map(|f| &f.data))
    }

    /// The currency the form is in (upper case, USD when empty).
    pub fn currency(&self) -> String {
        let c = self.text(Field::Currency).trim().to_ascii_uppercase();
        if c.is_empty() { "USD".to_owned() } else { c }
    }

    /// The rate from USD to the form's currency, with its date and source (`None` for USD
    /// or an unknown currency).
    pub fn fx(&self) -> Option<(rust_decimal::Decimal, market::Stamp)> {
        let currency = self.currency();
        if currency == "USD" {
            return None;
        }
        market::fx_rate(&currency, self.feed.as_ref().map(|f| &f.data))
    }

    /// Works out which rig and coin the host's attributes describe.
    fn resolve_host(&mut self) {
        let attr = |k: &str| {
            self.attrs
                .get(k)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let coin_attr = attr("coin");
        self.host_rig = match attr("rig") {
            Some(r) => r,
            None if self.attrs.get("hashrate").is_some() => "custom".to_owned(),
            None => match coin_attr
                .as_deref()
                .and_then(|c| coins::find(c, "coin").ok())
            {
                Some(coin) => rigs::all()
                    .iter()
                    .find(|r| r.mode(coin.algorithm).is_some())
                    .map_or("custom", |r| r.id)
                    .to_owned(),
                None if coin_attr.is_some() => "custom".to_owned(),
                None => DEFAULT_RIG.to_owned(),
            },
        };
        // A preset rig that cannot mine the host's coin wins: its usual coin is used (an
        // unknown or unmineable coin is kept, so the core can say what is wrong with it).
        let rig = rig_by_id(&self.host_rig);
        let minable_by_rig = |c: &str| match (rig, coins::find(c, "coin")) {
            (Some(r), Ok(coin)) => !coin.mineable || r.mode(coin.algorithm).is_some(),
            _ => true,
        };
        let usual = rig
            .and_then(|r| r.coins().next())
            .map_or("btc", |c| c.id)
            .to_owned();
        self.coin_switch = None;
        self.host_coin = match coin_attr {
            Some(c) if minable_by_rig(&c) => c,
            Some(c) => {
                self.coin_switch = switch_note(rig, &c, &usual);
                usual
            }
            None => usual,
        };
    }

    /// The host's text for `spec`, when its attribute is set and applies: rig figures only
    /// while the host's rig and coin are chosen, market figures only for the host's coin.
    fn host_value(&self, spec: &Spec) -> Option<String> {
        let v = self.attrs.get(spec.attr)?;
        let same_coin = self.text(Field::Coin).eq_ignore_ascii_case(&self.host_coin);
        let same_rig = self.text(Field::Rig).eq_ignore_ascii_case(&self.host_rig);
        let applies = match spec.field {
            Field::Rig | Field::Coin => true,
            Field::Hashrate | Field::Power => same_rig && same_coin,
            _ if spec.market || spec.unit == Unit::Coin => same_coin,
            _ => true,
        };
        // Currency codes are case-insensitive: `currency="eur"` picks EUR in the menu (anything
        // that is no ISO code stays as given, for its field message).
        let v = if spec.field == Field::Currency && minecalc_core::units::is_currency_code(v.trim())
        {
            v.trim().to_ascii_uppercase()
        } else {
            v.to_owned()
        };
        applies.then_some(v)
    }

    /// Sets `field` to the host's value or, without one, to the widget's default.
    fn reset(&mut self, field: Field) {
        let spec = fields::spec(field);
        if matches!(field, Field::Rig | Field::Coin) {
            // What the host's rig and coin attributes amount to (see `resolve_host`).
            let source = if self.attrs.get(spec.attr).is_some() {
                Source::Host
            } else {
                Source::Default
            };
            let text = if field == Field::Rig {
                self.host_rig.clone()
            } else {
                self.host_coin.clone()
            };
            self.set(field, text, source);
            return;
        }
        if let Some(v) = self.host_value(spec) {
            if field == Field::Hashrate {
                self.set_hashrate_text(&v, Source::Host);
            } else {
                self.set(field, v, Source::Host);
            }
            return;
        }
        let text = match field {
            Field::Rig => self.host_rig.clone(),
            Field::Coin => self.host_coin.clone(),
            Field::ElectricityPrice => self.localized(DEFAULT_ELECTRICITY_PRICE),
            Field::Currency => "USD".to_owned(),
            // Off unless the host or the reader switches it on.
            Field::GrowDifficulty => "false".to_owned(),
            // The rig's typical price, when the market data has one.
            Field::HardwareCost => self
                .rig_price()
                .map(|(v, _)| self.localized(&v.normalize().to_string()))
                .unwrap_or_default(),
            Field::FeeBasis => {
                fields::default_fee_basis(|a| self.attrs.get(a).is_some()).to_owned()
            }
            Field::Hashrate | Field::Power => return self.apply_preset(field),
            _ if spec.market => self.snapshot_text(field),
            _ => String::new(),
        };
        self.set(field, text, Source::Default);
    }

    /// Re-derives hardware and market figures after the rig or coin changed.
    fn apply_rig_and_coin(&mut self) {
        self.apply_coin();
        self.follow_rig_price();
    }

    fn apply_rig_and_coin_fields_only(&mut self) {
        self.reset(Field::Hashrate);
        self.reset(Field::Power);
        self.fix_hash_unit();
    }

    /// The coin changed: take the rig's figures for its algorithm and the coin's snapshot.
    fn apply_coin(&mut self) {
        self.reset(Field::Hashrate);
        self.reset(Field::Power);
        self.fix_hash_unit();
        self.reset(Field::TxFees);
        self.reset_market();
    }

    /// Fills hashrate or power from the rig preset for the coin's algorithm; with custom
    /// hardware the reader's figures stay.
    fn apply_preset(&mut self, field: Field) {
        let mode = match (self.rig(), self.coin()) {
            (Some(rig), Some(coin)) => rig.mode(coin.algorithm),
            _ => None,
        };
        match (mode, field) {
            (Some(m), Field::Hashrate) => self.set_hashrate_text(m.hashrate, Source::Default),
            (Some(m), _) => {
                let watts = self.localized(&m.power_watts.normalize().to_string());
                self.set(Field::Power, watts, Source::Default);
            }
            // Custom hardware: the reader's (or the last preset's) figure stays.
            (None, _) => {}
        }
    }

    /// Splits "200 TH/s" into the box ("200") and the unit select ("TH/s") when the unit is
    /// one of the list's; otherwise the whole text goes in the box.
    fn set_hashrate_text(&mut self, text: &str, source: Source) {
        let t = text.trim();
        let (num, unit) = t.split_at_checked(number_prefix_len(t)).unwrap_or((t, ""));
        let family = self.hash_family();
        let unit = unit.trim();
        let known = if unit.is_empty() {
            Some(family.symbol())
        } else {
            hash_units(family).iter().copied().find(|u| {
                u.eq_ignore_ascii_case(unit)
                    || u.strip_suffix("/s").unwrap_or(u).eq_ignore_ascii_case(unit)
            })
        };
        match known {
            Some(u) if !num.trim().is_empty() => {
                u.clone_into(&mut self.hash_unit);
                let num = self.localized(num.trim());
                self.set(Field::Hashrate, num, source);
            }
            _ => self.set(Field::Hashrate, t, source),
        }
    }

    /// Keeps the unit select in the coin's unit family (H/s vs Sol/s).
    fn fix_hash_unit(&mut self) {
        let family = self.hash_family();
        if !hash_units(family).contains(&self.hash_unit.as_str()) {
            let prefix = self.coin().map_or("", |c| c.algorithm.display_prefix());
            let want = hash_units(family)
                .iter()
                .find(|u| u.starts_with(prefix) && u.len() > family.symbol().len())
                .or(hash_units(family).first())
                .copied()
                .unwrap_or("H/s");
            want.clone_into(&mut self.hash_unit);
        }
    }

    /// A market figure from the coin's dated snapshot ("" for custom chains).
    fn snapshot_text(&self, field: Field) -> String {
        let Some(coin) = self.coin().filter(|c| c.mineable && !c.is_custom()) else {
            return String::new();
        };
        let s = self.snapshot(coin);
        match field {
            Field::CoinPrice => {
                // The USD figure in the form's currency, at the market data's rate.
                let price = match self.fx() {
                    Some((rate, _)) => s
                        .price_usd
                        .mul_checked(rate)
                        .and_then(|p| round_significant(p, 8))
                        .unwrap_or(s.price_usd),
                    None => s.price_usd,
                };
                self.localized(&price.normalize().to_string())
            }
            Field::Difficulty => {
                let d = self.grown_difficulty(coin).map_or(s.difficulty, |g| g.0);
                self.localized(&d.normalize().to_string())
            }
            Field::BlockHeight => self.default_height(coin).to_string(),
            Field::BlockReward => self.auto_reward(coin),
            _ => String::new(),
        }
    }

    /// The scheduled reward at the block height in the form (the snapshot's by default).
    fn auto_reward(&self, coin: &Coin) -> String {
        let height_text = normalize_number(self.text(Field::BlockHeight), self.decimal_comma);
        let height = height_text
            .parse::<u64>()
            .unwrap_or_else(|_| self.default_height(coin));
        coins::miner_reward(coin, height)
            .map(|r| self.localized(&r.normalize().to_string()))
            .unwrap_or_default()
    }

    /// The height the chain is expected to have today, or the snapshot's without a date.
    fn default_height(&self, coin: &Coin) -> u64 {
        let s = self.snapshot(coin);
        self.today.map_or(s.height, |d| {
            market::expected_height_from(coin, s.height, s.date, d)
        })
    }

    /// Recomputes the block reward from the height unless the reader or host set it.
    fn refresh_auto_reward(&mut self) {
        if self.source(Field::BlockReward) == Source::Default {
            let text = self.coin().map(|c| self.auto_reward(c)).unwrap_or_default();
            self.set(Field::BlockReward, text, Source::Default);
        }
    }

    /// Plain decimal text with the locale's decimal separator, for the form.
    fn localized(&self, plain: &str) -> String {
        if self.decimal_comma {
            plain.replace('.', ",")
        } else {
            plain.to_owned()
        }
    }

    /// The typical fees per block of the coin's snapshot, for the fee field's hint.
    pub fn snapshot_fees(&self) -> Option<String> {
        self.coin()
            .filter(|c| c.mineable && !c.is_custom())
            .map(|c| self.localized(&self.snapshot(c).fees_per_block.normalize().to_string()))
    }
}

/// The note for a rig that cannot mine the coin asked for (`None` when the asked coin is unknown).
fn switch_note(rig: Option<&Rig>, asked: &str, shown: &str) -> Option<(String, String, String)> {
    let rig = rig?;
    let ticker = |id: &str| coins::find(id, "coin").ok().map(|c| c.ticker.to_owned());
    Some((rig.name.to_owned(), ticker(asked)?, ticker(shown)?))
}

/// Length of the leading number in `t`: digits, dots, commas, and an exponent only when
/// digits follow the `e` (so "1 EH/s" keeps its unit and "1e3 H/s" its exponent).
fn number_prefix_len(t: &str) -> usize {
    let b = t.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'-' | b'+')));
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.' || b[i] == b',') {
        i += 1;
    }
    if i < b.len() && matches!(b[i], b'e' | b'E') {
        let mut j = i + 1;
        if j < b.len() && matches!(b[j], b'-' | b'+') {
            j += 1;
        }
        let digits = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 {
            i = j + digits;
        }
    }
    i
}

/// Host attributes: a short list of (name, value), in the order they were set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attrs(pub Vec<(String, String)>);

impl Attrs {
    /// The value of attribute `name`, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Sets (`Some`) or removes (`None`) attribute `name`.
    pub fn set(&mut self, name: &str, value: Option<String>) {
        self.0.retain(|(k, _)| k != name);
        if let Some(v) = value {
            self.0.push((name.to_owned(), v));
        }
    }
}

/// The rig preset with this id (`None` for "custom", "" or an unknown id).
pub fn rig_by_id(id: &str) -> Option<&'static Rig> {
    let id = id.trim();
    if id.is_empty() || id.eq_ignore_ascii_case("custom") {
        return None;
    }
    rigs::find(id, "rig").ok()
}

/// The units offered next to the hashrate box for a unit family.
pub fn hash_units(family: HashUnit) -> &'static [&'static str] {
    match family {
        HashUnit::Hash => &["H/s", "kH/s", "MH/s", "GH/s", "TH/s", "PH/s", "EH/s"],
        HashUnit::Sol => &["Sol/s", "kSol/s", "MSol/s", "GSol/s"],
    }
}

/// Coins offered for a rig: those it can mine, or every coin for custom hardware. ETH is
/// listed (disabled) wherever Etchash GPUs or custom hardware are concerned.
pub fn coins_for(rig: Option<&Rig>) -> Vec<&'static Coin> {
    coins::all()
        .iter()
        .filter(|c| match rig {
            None => true,
            Some(r) if !c.mineable => r.mode(Algorithm::Etchash).is_some(),
            Some(r) => r.mode(c.algorithm).is_some(),
        })
        .collect()
}

/// Whether a toggle's text means on: anything but "false", "0", "no" or "off" (and empty,
/// the default, is on).
pub fn is_on(text: &str) -> bool {
    !matches!(
        text.trim().to_ascii_lowercase().as_str(),
        "false" | "0" | "no" | "off"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(attrs: &[(&str, &str)]) -> State {
        let map = attrs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        State::new(Attrs(map), false, None)
    }

    #[test]
    fn todays_difficulty_is_estimated_only_when_switched_on_and_then_sent() {
        let btc = coins::find("btc", "coin").unwrap_or_else(|e| panic!("{e}"));
        let data = btc.snapshot();
        let today = data.date.add_days(61);
        let map = [("rig", "antminer-s21")]
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let mut s = State::new(Attrs(map), false, today);
        assert_eq!(s.text(Field::GrowDifficulty), "false");
        assert_eq!(
            sent(&s, "difficulty"),
            None,
            "the data's difficulty is left to the core"
        );
        s.set_user(Field::GrowDifficulty, "true");
        let (grown, growth, days, date) = s
            .grown_difficulty(btc)
            .unwrap_or_else(|| panic!("an estimate"));
        assert_eq!((growth, days, date), (Decimal::from(2), 61, data.date));
        assert!(grown > data.difficulty && grown < data.difficulty * Decimal::new(105, 2));
        assert_eq!(sent(&s, "difficulty"), Some(grown.normalize().to_string()));
        // A typed difficulty stays as typed.
        s.set_user(Field::Difficulty, "1e14");
        s.set_user(Field::DifficultyGrowth, "5");
        assert_eq!(s.text(Field::Difficulty), "1e14");
    }

    #[test]
    fn a_feed_replaces_the_default_figures_but_not_typed_ones() {
        let mut s = state(&[("coin", "btc")]);
        s.set_user(Field::ElectricityPrice, "0.07");
        let text = r#"{"format":"minecalc-market","version":1,"generatedAt":"2026-11-30",
            "coins":{"btc":{"priceUsd":"100000","difficulty":"1e14","observedAt":"2026-11-30"}}}"#;
        let raw = minecalc_core::json::parse(text, "market", minecalc_core::json::Limits::FEED)
            .unwrap_or_else(|e| panic!("{e}"));
        let data = market::from_raw(&raw, "", None)
            .unwrap_or_else(|e| panic!("{e}"))
            .market;
        s.set_feed(Some(Feed { raw, data }));
        assert_eq!(s.text(Field::CoinPrice), "100000");
        assert_eq!(s.text(Field::ElectricityPrice), "0.07");
        assert!(
            s.raw(fields::in_estimate).get("market").is_some(),
            "the feed travels to the core"
        );
        s.set_feed(None);
        assert_ne!(s.text(Field::CoinPrice), "100000");
    }

    #[test]
    fn a_priced_rig_fills_the_hardware_cost_in_the_forms_currency() {
        let mut s = state(&[("rig", "antminer-s21")]);
        let (usd, price) = s
            .rig_price()
            .unwrap_or_else(|| panic!("the S21 has a price"));
        assert_eq!(price.currency, "USD");
        assert_eq!(s.text(Field::HardwareCost), usd.normalize().to_string());
        assert_eq!(sent(&s, "hardwareCost"), Some(usd.normalize().to_string()));
        s.set_user(Field::Currency, "EUR");
        let (eur, _) = s.rig_price().unwrap_or_else(|| panic!("converted"));
        assert!(eur < usd && eur > Decimal::ZERO, "{eur} EUR for {usd} USD");
        assert_eq!(s.text(Field::HardwareCost), eur.normalize().to_string());
        // A cost the reader typed stays when the rig changes.
        s.set_user(Field::HardwareCost, "1234");
        s.set_user(Field::Rig, "antminer-s21-pro");
        assert_eq!(s.text(Field::HardwareCost), "1234");
    }

    #[test]
    fn a_rig_that_cannot_mine_the_coin_says_so() {
        let s = state(&[("rig", "rtx-4090"), ("coin", "btc")]);
        assert_ne!(s.text(Field::Coin), "btc");
        let (rig, asked, _shown) = s.coin_switch.clone().unwrap_or_else(|| panic!("a note"));
        assert!(rig.contains("4090"));
        assert_eq!(asked, "BTC");
        let mut s = state(&[("coin", "btc")]);
        assert!(s.coin_switch.is_none());
        s.set_user(Field::Rig, "antminer-l7");
        assert_eq!(s.text(Field::Coin), "ltc");
        assert!(s.coin_switch.is_some());
        s.set_user(Field::Coin, "doge");
        assert!(s.coin_switch.is_none());
    }

    fn sent(s: &State, key: &str) -> Option<String> {
        match s.raw(fields::in_estimate).get(key) {
            Some(Raw::Text(t)) => Some(t.clone()),
            _ => None,
        }
    }

    #[test]
    fn starts_from_the_default_rig_and_its_coin() {
        let s = state(&[]);
        assert_eq!(s.text(Field::Rig), "antminer-s21");
        assert_eq!(s.text(Field::Coin), "btc");
        assert_eq!(sent(&s, "hashrate").as_deref(), Some("200 TH/s"));
        assert_eq!(sent(&s, "powerWatts").as_deref(), Some("3500"));
        assert_eq!(sent(&s, "electricityPrice").as_deref(), Some("0.10"));
        // Market figures at the snapshot are left to the core.
        assert_eq!(sent(&s, "coinPrice"), None);
        assert_eq!(s.source(Field::CoinPrice), Source::Default);
        assert!(!s.text(Field::CoinPrice).is_empty());
    }

    #[test]
    fn a_coin_attribute_picks_a_rig_that_mines_it() {
        let s = state(&[("coin", "ltc")]);
        assert_eq!(s.text(Field::Rig), "antminer-l7");
        assert_eq!(sent(&s, "hashrate").as_deref(), Some("9.5 GH/s"));
        let s = state(&[("coin", "ltc"), ("hashrate", "16 GH/s")]);
        assert_eq!(s.text(Field::Rig), "custom");
        assert_eq!(sent(&s, "hashrate").as_deref(), Some("16 GH/s"));
    }

    #[test]
    fn picking_a_gpu_coin_uses_that_algorithms_figures() {
        let mut s = state(&[]);
        s.set_user(Field::Rig, "rtx-3080");
        assert_eq!(s.text(Field::Coin), "etc");
        assert_eq!(sent(&s, "hashrate").as_deref(), Some("97.9 MH/s"));
        s.set_user(Field::Coin, "rvn");
        assert_eq!(sent(&s, "hashrate").as_deref(), Some("46.4 MH/s"));
        assert_eq!(sent(&s, "powerWatts").as_deref(), Some("279"));
        let listed: Vec<&str> = coins_for(s.rig()).iter().map(|c| c.id).collect();
        assert!(listed.contains(&"eth") && listed.contains(&"etc") && !listed.contains(&"btc"));
        s.set_attr("hashrate", Some("1 EH/s".into()));
        assert_eq!(s.text(Field::Rig), "custom");
        assert_eq!(sent(&s, "hashrate").as_deref(), Some("1 EH/s"));
    }

    #[test]
    fn market_attributes_apply_to_the_hosts_coin_only() {
        let mut s = state(&[("coin", "btc"), ("coin-price", "90000")]);
        assert_eq!(sent(&s, "coinPrice").as_deref(), Some("90000"));
        s.set_user(Field::Rig, "antminer-l7");
        assert_eq!(s.text(Field::Coin), "ltc");
        assert_eq!(sent(&s, "coinPrice"), None);
        s.set_user(Field::Rig, "antminer-s21");
        assert_eq!(sent(&s, "coinPrice").as_deref(), Some("90000"));
    }

    #[test]
    fn block_height_drives_the_automatic_reward() {
        let mut s = state(&[("coin", "btc")]);
        assert_eq!(s.text(Field::BlockReward), "3.125");
        s.set_user(Field::BlockHeight, "1050000");
        assert_eq!(s.text(Field::BlockReward), "1.5625");
        assert_eq!(sent(&s, "blockReward"), None);
        assert_eq!(sent(&s, "blockHeight").as_deref(), Some("1050000"));
    }

    #[test]
    fn attributes_are_live_and_typed_text_is_kept_verbatim() {
        let mut s = state(&[]);
        s.set_attr("pool-fee", Some("2".into()));
        assert_eq!(sent(&s, "poolFeePercent").as_deref(), Some("2"));
        s.set_attr("pool-fee", None);
        assert_eq!(sent(&s, "poolFeePercent"), None);
        s.set_user(Field::Hashrate, "abc");
        assert_eq!(sent(&s, "hashrate").as_deref(), Some("abc"));
        s.set_user(Field::Hashrate, "190");
        s.set_hash_unit("PH/s");
        assert_eq!(sent(&s, "hashrate").as_deref(), Some("190 PH/s"));
        s.set_hash_unit("kSol/s");
        assert_eq!(s.hash_unit, "PH/s");
    }

    #[test]
    fn comma_locales_read_and_write_commas() {
        let mut s = State::new(Attrs::default(), true, None);
        assert_eq!(s.text(Field::ElectricityPrice), "0,10");
        assert_eq!(sent(&s, "electricityPrice").as_deref(), Some("0.10"));
        s.set_user(Field::PoolFee, "1,5");
        assert_eq!(sent(&s, "poolFeePercent").as_deref(), Some("1.5"));
    }
}
