//! Every text the widget shows, from one table per language (`en.rs`, `de.rs`, `es.rs`,
//! `fr.rs`, `pt.rs`, `ru.rs`, `zh.rs`),
//! keyed by [`Msg`]. Each table is an exhaustive `match`, so a key missing in any language
//! does not compile; English is split in two (`en.rs` for the frame and the own-hardware view,
//! `en_views.rs` for the other views, which the first module does not carry), and a test
//! checks that every key reads in every language. Unknown languages fall back to English.
//! `{name}` marks a placeholder.

#[cfg(feature = "full")]
mod de;
mod en;
#[cfg(feature = "full")]
mod en_views;
#[cfg(feature = "full")]
mod es;
#[cfg(feature = "full")]
mod fr;
#[cfg(feature = "full")]
mod pt;
#[cfg(feature = "full")]
mod ru;
#[cfg(feature = "full")]
mod zh;

use minecalc_core::Error;

/// Declares [`Msg`] and, for the completeness test, the list of all its keys, from one list.
macro_rules! keys {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// A message key. Add a variant here and a line in each language file.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Msg {
            $($(#[$doc])* $key,)*
        }

        /// Every key, for the completeness test and the exported tables.
        #[cfg(test)]
        const ALL: &[Msg] = &[$(Msg::$key,)*];

        /// How many keys there are, and a hash of their names in order: a message table
        /// loaded at run time (`www/lang/*.json`) must carry both, so a table from another
        /// build is refused instead of showing the wrong texts.
        #[cfg_attr(feature = "full", allow(dead_code))] // the first module's and the tests'
        pub const KEY_COUNT: usize = [$(stringify!($key),)*].len();
        #[cfg_attr(feature = "full", allow(dead_code))]
        pub const KEY_HASH: u32 = fnv(&[$(stringify!($key),)*]);
    };
}

keys! {
    // The frame.
    Title,
    TabsLabel,
    Footer,
    StaleNote,
    // Groups and fields.
    GroupHardware,
    GroupCosts,
    GroupMarket,
    MarketAsOf,
    ResetMarket,
    Rig,
    Coin,
    Hashrate,
    HashUnitLabel,
    Power,
    HardwareCost,
    ElectricityPrice,
    Currency,
    PoolFee,
    Uptime,
    Overhead,
    CoinPrice,
    Difficulty,
    BlockHeight,
    BlockReward,
    TxFees,
    BlockTime,
    WorkPerDifficulty,
    HelpHardwareCost,
    HelpOverhead,
    HelpWorkPerDifficulty,
    RigGroupAsic,
    RigGroupGpu,
    RigGroupCpu,
    RigCustom,
    CoinCustom,
    CoinNotMineable,
    EthNote,
    HintPreset,
    /// The block height field shows the height expected today.
    HintHeightToday,
    HintEdited,
    HintRewardAuto,
    HintFees,
    // Market data: where figures come from, how old they are, a site's feed.
    HintFromFeed,
    HintBuiltin,
    HintConverted,
    HeadlineData,
    OriginFeed,
    OriginBuiltin,
    AgeNotice,
    AgeOld,
    FeedFailed,
    FeedHttp,
    FeedTimeout,
    FeedTooLarge,
    FeedNetwork,
    FeedInvalid,
    FeedCached,
    ErrNoRate,
    GrowDifficulty,
    HelpGrowDifficulty,
    HintGrown,
    WarnDifficultyBelowMinimum,
    WarnDifficultyFarBelow,
    WarnHashrateAboveNetwork,
    WarnPriceFar,
    WarnFreePower,
    HintRigPrice,
    HintNoRigPrice,
    CoinSwitched,
    SkipToResults,
    LanguageLabel,
    HomeMiner,
    LiveError,
    // The first module: parts that arrive when first used (shown by the first module only).
    #[cfg_attr(feature = "full", allow(dead_code))]
    LoadingView,
    #[cfg_attr(feature = "full", allow(dead_code))]
    LoadFailed,
    #[cfg_attr(feature = "full", allow(dead_code))]
    ShowProjection,
    #[cfg_attr(feature = "full", allow(dead_code))]
    ProjectionTeaser,
    // The "Own hardware" view.
    ViewHardware,
    ProfitPerDay,
    PerMonthPerYear,
    BreakdownCaption,
    ColDay,
    ColMonth,
    ColYear,
    RowCoins,
    RowRevenue,
    RowPoolFee,
    RowElectricity,
    RowProfit,
    PeriodNote,
    HowAreTheseComputed,
    HowIsThisComputed,
    FigBreakEvenElectricity,
    FigBreakEvenCoin,
    FigPayback,
    FigEfficiency,
    FigHashprice,
    PerKwh,
    PerCoin,
    HashpriceValue,
    PaybackAround,
    PaybackNoCost,
    PaybackNever,
    NoPowerDrawn,
    NoCoinsMined,
    FormulaWork,
    FormulaWorkNetwork,
    FormulaCoins,
    FormulaRevenue,
    FormulaPoolFee,
    FormulaElectricity,
    FormulaProfit,
    FormulaPeriods,
    FormulaBreakEvenElectricity,
    FormulaBreakEvenCoin,
    FormulaPayback,
    FormulaEfficiency,
    FormulaHashprice,
    ChartTitle,
    ChartBreakEven,
    ChartYou,
    ChartSummary,
    // Over time: projections, cloud contracts, comparison, sharing.
    GroupContract,
    GroupAssumptions,
    Days,
    DifficultyGrowth,
    PriceChange,
    ElectricityPriceChange,
    HashrateDecay,
    Tax,
    Shutdown,
    Resale,
    OffPeakHours,
    OffPeakPrice,
    ContractPrice,
    MaintenanceFee,
    ContractDays,
    HelpDays,
    HelpResale,
    HelpOffPeak,
    HelpContractPrice,
    ViewCloud,
    ViewCompare,
    OverTime,
    FigProfitIn,
    FigPaysBack,
    FigRoi,
    NotWithin,
    ChartNetTitle,
    ChartPaysBack,
    SummaryPaysBack,
    SummaryNever,
    SummaryNoCost,
    Halving,
    HalvingTitle,
    ProjectionNote,
    DownloadCsv,
    CopyLink,
    LinkCopied,
    LinkInAddressBar,
    /// The clipboard refused the link (it is still in the address bar).
    LinkNotCopied,
    /// The accessible name of the read-only field that shows the link to copy by hand.
    LinkField,
    CloudPrompt,
    CloudKpi,
    OptSell,
    OptHold,
    OptBuy,
    OptHardware,
    ColOption,
    ColProfit,
    Best,
    EndedEarly,
    CloudNote,
    ComparePrompt,
    ComparePromptPrice,
    ComparePromptCost,
    CompareNote,
    BestAfter,
    CompareChartTitle,
    // Risk and choice: Monte Carlo, sensitivity, coin ranking, portfolio.
    GroupRisk,
    GroupPortfolio,
    PriceVolatility,
    DifficultyVolatility,
    Paths,
    Seed,
    Correlation,
    HelpVolatility,
    HelpDifficultyVolatility,
    HelpSeed,
    HelpCorrelation,
    ViewRisk,
    ViewMatters,
    ViewCoins,
    ViewPortfolio,
    HorizonYear,
    HorizonYears,
    HorizonMonths,
    HorizonDays,
    WaitYears,
    RiskKpiPayback,
    KpiOf100,
    RiskPayback,
    RiskLoss,
    RiskNoCost,
    RiskRange,
    RiskMedianPayback,
    RiskVolatility,
    RiskVolDefault,
    RiskVolYours,
    RiskEstimate,
    Running,
    RiskChartTitle,
    LegendOuter,
    LegendInner,
    LegendMedian,
    RiskChartSummary,
    MattersTornado,
    MattersTornadoSummary,
    MattersNoChange,
    MattersInput,
    MattersHeat,
    MattersHeatSummary,
    MattersYou,
    MattersProfit,
    MattersLoss,
    MattersBreakEven,
    CoinsCaption,
    ColBreakEven,
    CoinsYours,
    CoinsMerged,
    CoinsNote,
    SoloTitle,
    SoloSentence,
    SoloCaption,
    ColPeriod,
    ColBlocks,
    ColChance,
    ColWeek,
    SoloNote,
    PfIntro,
    PfKind,
    PfRig,
    PfContract,
    PfHold,
    PfInvested,
    PfAdd,
    PfRemove,
    PfFormRig,
    PfCombined,
    PfCaption,
    ColLoss,
    ColTypical,
    ColRange,
    PfVar,
    PfNoVar,
    PfNote,
    // Field messages (errors).
    ErrRequired,
    ErrNumber,
    ErrRange,
    ErrUnit,
    ErrUnknownRig,
    ErrUnknownCoin,
    ErrOverflow,
    ErrPriceInUsd,
    ErrCurrency,
    RangeBetween,
    RangeAtLeast,
    RangeAtMost,
    RangeNonNegative,
    RangePositive,
    RangeWhole,
    // Honest headlines: verdicts of the Risk and Which coin views.
    RiskKpiRunning,
    RiskKpiRunningLoss,
    RiskKpiOff,
    RiskRunningProfit,
    RiskRunningLoss,
    RiskSwitchedOff,
    CoinsBest,
    CoinsBestOther,
    CoinsNonePays,
    CoinsNoCoin,
    PfJointNote,
    RiskOffNote,
    // The cloud contract's own terms, verdict and worked example.
    ContractHashrate,
    FeeBasis,
    FeeOptionPerUnit,
    FeeOptionWhole,
    CloudSold,
    CloudKept,
    CloudFlatBetter,
    CloudFlatWorse,
    CloudFlatEven,
    CloudFlatNote,
    CloudBetter,
    CloudWorse,
    CloudSame,
    CloudPathNote,
    CloudExampleUnit,
    CloudExampleWhole,
}

/// FNV-1a over `names`, each followed by a 0xff separator (compile time only).
#[cfg_attr(feature = "full", allow(dead_code))]
const fn fnv(names: &[&str]) -> u32 {
    let mut hash = 0x811c_9dc5_u32;
    let mut i = 0;
    while i < names.len() {
        let bytes = names[i].as_bytes();
        let mut j = 0;
        while j < bytes.len() {
            hash = (hash ^ bytes[j] as u32).wrapping_mul(0x0100_0193);
            j += 1;
        }
        hash = (hash ^ 0xff).wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// A language with a message table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
    Es,
    Fr,
    Pt,
    Ru,
    Zh,
}

/// The languages a reader can pick in the widget: primary tag and the language's own name.
pub const LANGUAGES: [(&str, &str); 7] = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("ru", "Русский"),
    ("zh", "中文"),
];

impl Lang {
    /// Every language with a table, English first.
    #[cfg(test)]
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Es,
        Lang::Fr,
        Lang::Pt,
        Lang::Ru,
        Lang::Zh,
    ];

    /// The table for a BCP 47 tag's primary language (`de-CH` → German); English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "de" => Lang::De,
            "es" => Lang::Es,
            "fr" => Lang::Fr,
            "pt" => Lang::Pt,
            "ru" => Lang::Ru,
            "zh" => Lang::Zh,
            _ => Lang::En,
        }
    }

    /// The primary language tag (`"de"`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    /// The message `m` in this language.
    pub fn text(self, m: Msg) -> &'static str {
        match self {
            Lang::En => en::text(m),
            #[cfg(not(feature = "full"))]
            _ => loaded::text(self, m).unwrap_or_else(|| en::text(m)),
            #[cfg(feature = "full")]
            Lang::De => de::text(m),
            #[cfg(feature = "full")]
            Lang::Es => es::text(m),
            #[cfg(feature = "full")]
            Lang::Fr => fr::text(m),
            #[cfg(feature = "full")]
            Lang::Pt => pt::text(m),
            #[cfg(feature = "full")]
            Lang::Ru => ru::text(m),
            #[cfg(feature = "full")]
            Lang::Zh => zh::text(m),
        }
    }
}

/// Whether the widget can show `lang` now: always in the full module; in the first module,
/// English and the tables the page has loaded with [`add_table`].
pub fn available(lang: Lang) -> bool {
    #[cfg(feature = "full")]
    {
        let _ = lang;
        true
    }
    #[cfg(not(feature = "full"))]
    {
        lang == Lang::En || loaded::has(lang)
    }
}

/// Loads the message table of `tag` from its exported JSON (`www/lang/<tag>.json`, format
/// `minecalc-messages` version 1). The full module has every table compiled in and only
/// checks the tag. Errors say what is wrong with the text.
pub fn add_table(tag: &str, text: &str) -> Result<(), String> {
    let Some((known, _)) = LANGUAGES.iter().find(|(t, _)| *t == tag) else {
        return Err(format!("no language \"{tag}\""));
    };
    let lang = Lang::from_tag(known);
    if available(lang) {
        return Ok(());
    }
    #[cfg(feature = "full")]
    {
        let _ = text;
        Ok(())
    }
    #[cfg(not(feature = "full"))]
    {
        loaded::add(lang, text)
    }
}

/// The tables loaded at run time (first module only).
#[cfg(not(feature = "full"))]
mod loaded {
    use std::cell::RefCell;

    use minecalc_core::{Raw, json};

    use super::{KEY_COUNT, KEY_HASH, Lang, Msg};

    thread_local! {
        static TABLES: RefCell<Vec<(Lang, Vec<&'static str>)>> = const { RefCell::new(Vec::new()) };
    }

    pub fn has(lang: Lang) -> bool {
        TABLES.with(|t| t.borrow().iter().any(|(l, _)| *l == lang))
    }

    pub fn text(lang: Lang, m: Msg) -> Option<&'static str> {
        TABLES.with(|t| {
            t.borrow()
                .iter()
                .find(|(l, _)| *l == lang)
                .and_then(|(_, texts)| texts.get(m as usize).copied())
        })
    }

    /// Checks and keeps a table; its strings live as long as the page (each language is
    /// loaded at most once).
    pub fn add(lang: Lang, text: &str) -> Result<(), String> {
        let raw = json::parse(text, "messages", json::Limits::FEED).map_err(|e| e.to_string())?;
        let get = |k: &str| raw.get(k);
        let text_of = |v: Option<&Raw>| match v {
            Some(Raw::Text(t) | Raw::Number(t)) => Some(t.clone()),
            _ => None,
        };
        if text_of(get("format")).as_deref() != Some("minecalc-messages")
            || text_of(get("lang")).as_deref() != Some(lang.tag())
        {
            return Err("messages: not this language's table".to_owned());
        }
        if text_of(get("keys")) != Some(KEY_COUNT.to_string())
            || text_of(get("hash")) != Some(KEY_HASH.to_string())
        {
            return Err("messages: the table is from another build".to_owned());
        }
        let Some(Raw::List(items)) = get("messages") else {
            return Err("messages: missing".to_owned());
        };
        let mut texts = Vec::with_capacity(KEY_COUNT);
        for item in items {
            texts.push(match item {
                Raw::Text(t) => &*Box::leak(t.clone().into_boxed_str()),
                // Another view's text, which this module never shows (`en_views.rs`).
                Raw::Null => "",
                _ => return Err("messages: every message must be a string (or null)".to_owned()),
            });
        }
        if texts.len() != KEY_COUNT {
            return Err("messages: wrong number of messages".to_owned());
        }
        TABLES.with(|t| t.borrow_mut().push((lang, texts)));
        Ok(())
    }
}

/// Replaces each `{name}` in `template` with its value; a sign before a currency symbol in a
/// value stays with it on a line ([`super::format::join_signs`]).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, next)) => {
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(&super::format::join_signs(v)),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = next;
            }
            None => {
                out.push('{');
                rest = after;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of a plausibility warning for the reader, in `lang`.
pub fn warning_text(lang: Lang, w: &minecalc_core::plausible::Warning) -> String {
    let key = match w.code {
        "difficultyBelowMinimum" => Msg::WarnDifficultyBelowMinimum,
        "difficultyFarBelowMarket" => Msg::WarnDifficultyFarBelow,
        "hashrateAboveNetwork" => Msg::WarnHashrateAboveNetwork,
        "priceFarFromMarket" => Msg::WarnPriceFar,
        "freePower" => Msg::WarnFreePower,
        _ => return w.message.clone(),
    };
    lang.text(key).to_owned()
}

/// The reader-facing message for a core error shown next to its field: the core's
/// explanation, without the API field name, in the widget's language.
pub fn error_text(lang: Lang, e: &Error, currency: &str) -> String {
    match e {
        Error::Missing { .. } => lang.text(Msg::ErrRequired).to_owned(),
        Error::OutOfRange { expected, got, .. } => fill(
            lang.text(Msg::ErrRange),
            &[("expected", &range_text(lang, expected)), ("got", got)],
        ),
        // The core's only Invalid on coinPrice: a non-USD currency without a price.
        Error::Invalid { field, .. } if field == "coinPrice" => {
            fill(lang.text(Msg::ErrPriceInUsd), &[("currency", currency)])
        }
        Error::Invalid { field, message }
            if field == "currency" && message.starts_with("no exchange rate") =>
        {
            fill(lang.text(Msg::ErrNoRate), &[("currency", currency)])
        }
        Error::Invalid { field, .. } if field == "currency" => {
            lang.text(Msg::ErrCurrency).to_owned()
        }
        Error::Invalid { field, message } if field == "rig" => {
            let got = message.split('"').nth(1).unwrap_or_default();
            fill(lang.text(Msg::ErrUnknownRig), &[("got", got)])
        }
        Error::Invalid { message, .. }
            if message.starts_with("must be a number")
                || message.starts_with("must be a power") =>
        {
            lang.text(Msg::ErrNumber).to_owned()
        }
        Error::UnknownCoin { got, .. } => fill(lang.text(Msg::ErrUnknownCoin), &[("got", got)]),
        Error::NotMineable { .. } => lang.text(Msg::EthNote).to_owned(),
        Error::Unit { .. } if lang != Lang::En => fill(
            lang.text(Msg::ErrUnit),
            &[("units", "H/s, kH/s, MH/s, GH/s, TH/s, PH/s, EH/s, kSol/s")],
        ),
        Error::Overflow { .. } => lang.text(Msg::ErrOverflow).to_owned(),
        other => sentence(strip_field(&other.to_string(), other.field())),
    }
}

/// "poolFeePercent: must be …" → "must be …".
fn strip_field<'a>(message: &'a str, field: &str) -> &'a str {
    message
        .strip_prefix(field)
        .and_then(|m| m.strip_prefix(": "))
        .unwrap_or(message)
}

/// Capitalises the first letter and ends with a full stop.
fn sentence(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    if !out.ends_with(['.', '?', '!']) {
        out.push('.');
    }
    out
}

/// Translates the core's range phrases ("between 0 and 100", "0 or more", …).
fn range_text(lang: Lang, expected: &str) -> String {
    let nums: Vec<&str> = expected
        .split(' ')
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '-'))
        .collect();
    let (m, args): (Msg, Vec<(&str, &str)>) =
        if expected.starts_with("a whole number between") && nums.len() == 2 {
            (Msg::RangeWhole, vec![("min", nums[0]), ("max", nums[1])])
        } else if expected.starts_with("between") && nums.len() == 2 {
            (Msg::RangeBetween, vec![("min", nums[0]), ("max", nums[1])])
        } else if expected == "0 or more" {
            (Msg::RangeNonNegative, vec![])
        } else if expected == "greater than 0" {
            (Msg::RangePositive, vec![])
        } else if expected.starts_with("at least") && nums.len() == 1 {
            (Msg::RangeAtLeast, vec![("min", nums[0])])
        } else if expected.starts_with("at most") && nums.len() == 1 {
            (Msg::RangeAtMost, vec![("max", nums[0])])
        } else {
            return expected.to_owned();
        };
    fill(lang.text(m), &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table the first module loads for `lang`: `www/lang/<tag>.json`.
    fn table_json(lang: Lang) -> String {
        let mut out = format!(
            "{{\"format\": \"minecalc-messages\", \"version\": 1, \"lang\": \"{}\", \"keys\": \"{KEY_COUNT}\", \"hash\": \"{KEY_HASH}\",\n\"messages\": [\n",
            lang.tag()
        );
        for (i, m) in ALL.iter().enumerate() {
            // The other views' texts are the full module's, which has every table built in:
            // the first module never shows them, so its tables leave them out.
            if en_views::text(*m).is_empty() {
                out.push_str(&crate::widget::catalog::string(lang.text(*m)));
            } else {
                out.push_str("null");
            }
            out.push_str(if i + 1 < ALL.len() { ",\n" } else { "\n" });
        }
        out.push_str("]}\n");
        out
    }

    /// The first module has only English compiled in; it loads the other tables from
    /// `www/lang/`, written from these sources. Fails when a file is out of date, and rewrites
    /// them with `UPDATE_EXPECT=1 cargo test -p minecalc-wasm messages`.
    #[test]
    fn www_lang_tables_are_up_to_date() {
        assert_eq!(ALL.len(), KEY_COUNT);
        for lang in Lang::ALL.into_iter().skip(1) {
            let file = format!("lang/{}.json", lang.tag());
            crate::widget::catalog::up_to_date(&file, &table_json(lang), "messages");
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill("as of {date}", &[("date", "1 Jan")]), "as of 1 Jan");
        assert_eq!(fill("{a}{b} {c}", &[("a", "1"), ("b", "2")]), "12 {c}");
        assert_eq!(fill("open {", &[]), "open {");
    }

    #[test]
    fn languages_are_picked_by_primary_subtag() {
        assert_eq!(Lang::from_tag("de-CH"), Lang::De);
        assert_eq!(Lang::from_tag("es"), Lang::Es);
        assert_eq!(Lang::from_tag("fr-FR"), Lang::Fr);
        assert_eq!(Lang::from_tag("pt-BR"), Lang::Pt);
        assert_eq!(Lang::from_tag("pt_PT"), Lang::Pt);
        assert_eq!(Lang::from_tag("RU"), Lang::Ru);
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("it-IT"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn errors_read_as_sentences_in_each_language() {
        let e = Error::range("poolFeePercent", "between 0 and 100", "150");
        assert_eq!(
            error_text(Lang::En, &e, "USD"),
            "Must be between 0 and 100 (you entered 150)."
        );
        assert_eq!(
            error_text(Lang::De, &e, "USD"),
            "Erlaubt ist zwischen 0 und 100 (eingegeben: 150)."
        );
        let missing = Error::Missing {
            field: "hashrate".into(),
        };
        assert_eq!(error_text(Lang::Es, &missing, "USD"), "Introduce un valor.");
        let other = Error::invalid("hashrate", "something odd");
        assert_eq!(error_text(Lang::En, &other, "USD"), "Something odd.");
    }

    /// The first module carries `en.rs` only: no key of `en_views.rs` may be used by code it
    /// compiles ([`crate::widget::FIRST_MODULE_SOURCES`]).
    #[test]
    fn the_first_module_uses_no_text_of_the_other_views() {
        let first = crate::widget::FIRST_MODULE_SOURCES;
        let later: Vec<&str> = include_str!("en_views.rs")
            .split("Msg::")
            .skip(1)
            .filter_map(|arm| arm.split(" =>").next())
            .collect();
        assert!(later.len() > 50, "{later:?}");
        for (file, source) in first {
            for key in &later {
                let used = crate::widget::has_word(source, &format!("Msg::{key}"));
                assert!(
                    !used,
                    "{file} uses Msg::{key}, whose English text is in en_views.rs"
                );
            }
        }
    }

    #[test]
    fn every_key_reads_in_every_language() {
        for lang in Lang::ALL {
            for &m in ALL {
                let text = lang.text(m);
                assert!(!text.trim().is_empty(), "{lang:?} {m:?}");
                // The placeholders of a translation are those of the English text.
                let names = |t: &str| {
                    let mut v: Vec<String> = t
                        .split('{')
                        .skip(1)
                        .filter_map(|p| p.split('}').next())
                        .map(str::to_owned)
                        .collect();
                    v.sort();
                    v
                };
                assert_eq!(names(text), names(en::text(m)), "{lang:?} {m:?}");
            }
        }
    }
}

#[cfg(test)]
mod same_as_english {
    use super::*;

    /// Keys whose text may equal the English one: placeholders only, and words each
    /// language uses as they are.
    fn may_match(lang: Lang, m: Msg) -> bool {
        matches!(m, Msg::FeedInvalid | Msg::PerKwh | Msg::LiveError)
            // The industry's words in Spanish, French and Portuguese mining talk.
            || (matches!(lang, Lang::Es | Lang::Fr | Lang::Pt)
                && matches!(m, Msg::Halving | Msg::FigHashprice))
            || match lang {
                Lang::De => matches!(
                    m,
                    Msg::GroupHardware
                        | Msg::Hashrate
                        | Msg::GroupRisk
                        | Msg::GroupPortfolio
                        | Msg::ViewPortfolio
                        | Msg::ColOption
                        | Msg::PfKind
                        | Msg::Coin
                        | Msg::ColChance
                ),
                Lang::Fr => matches!(m, Msg::GroupRisk | Msg::ColOption | Msg::PfKind),
                Lang::Pt => matches!(m, Msg::GroupHardware | Msg::ColChance),
                _ => false,
            }
    }

    #[test]
    fn translations_are_not_left_in_english() {
        let english: Vec<(Lang, Msg)> = Lang::ALL
            .into_iter()
            .skip(1)
            .flat_map(|lang| ALL.iter().map(move |&m| (lang, m)))
            .filter(|&(lang, m)| !may_match(lang, m) && lang.text(m) == en::text(m))
            .collect();
        assert!(
            english.is_empty(),
            "the English text is kept in {english:?}"
        );
    }
}
