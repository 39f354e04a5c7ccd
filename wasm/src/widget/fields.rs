//! The declarative table of the widget's inputs: one row per field with its JS API key,
//! HTML attribute, label, kind, unit and group. The form, attribute handling, error placement
//! and the input object sent to the core are all driven by this table.

use minecalc_core::coins::Coin;
use minecalc_core::estimate::ESTIMATE_FIELDS;

use super::messages::{Lang, Msg, fill};

/// Every input of the widget. Add a variant and a row in [`FIELDS`] to add an input, in the
/// same position: `Field as usize` indexes the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Rig,
    Coin,
    Hashrate,
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
    /// Estimate today's difficulty from the data's, at the assumed monthly growth.
    GrowDifficulty,
    BlockTime,
    WorkPerDifficulty,
    // Over time (views/projection.rs, cloud.rs, compare.rs).
    /// The hashrate a cloud contract rents, in the algorithm's display unit.
    ContractHashrate,
    ContractPrice,
    /// How the maintenance fee is quoted: per hashrate unit per day, or per day for the
    /// whole contract ([`FEE_PER_UNIT`], [`FEE_WHOLE_CONTRACT`]).
    FeeBasis,
    MaintenanceFeePerUnit,
    MaintenanceFee,
    ContractDays,
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
    // Risk and portfolio simulations.
    PriceVolatility,
    DifficultyVolatility,
    Paths,
    Seed,
    Correlation,
}

/// How a field is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A text box for a decimal (`inputmode`: decimal or numeric).
    Number,
    /// A `<select>` whose options the widget computes (rigs, coins, currencies).
    Select,
    /// A checkbox; its text is "true" or "false" (see [`super::state::is_on`]).
    Toggle,
}

/// The unit written after a field's box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    None,
    /// A `<select>` of hashrate units (H/s … EH/s, or Sol/s …) next to the box.
    Hashrate,
    Watts,
    /// The chosen currency, e.g. `USD`.
    Currency,
    /// Currency per kilowatt-hour, e.g. `USD/kWh`.
    PerKwh,
    Percent,
    /// The coin's ticker, e.g. `BTC`.
    Coin,
    Seconds,
    /// The display unit of the coin's algorithm, e.g. `TH/s` (a contract's hashrate).
    DisplayHashrate,
    /// The currency per display unit of hashrate, e.g. `USD/TH/s` (a fee per unit per day).
    CurrencyPerDisplayHashrate,
}

/// Where a field is shown. Each group is a fieldset (or a disclosure) of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Hardware,
    Costs,
    Market,
    /// The cloud contract's terms ("Cloud contract" and "Compare" views).
    Contract,
    /// The projection's horizon, growth rates, tariff, shutdown, tax and resale.
    Assumptions,
    /// The Monte Carlo settings of the Risk and Portfolio views.
    Risk,
    /// Settings of the Portfolio view only.
    Portfolio,
}

/// When a field is shown at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    Always,
    /// Only for the user-described `custom` chain.
    CustomCoin,
}

/// One row of the field table.
#[derive(Debug)]
pub struct Spec {
    pub field: Field,
    /// The key in the core's input object (`poolFeePercent`), or `None` for widget-only
    /// fields (the rig preset).
    pub api: Option<&'static str>,
    /// The host attribute (`pool-fee`); the element property is its camelCase form.
    pub attr: &'static str,
    pub label: Msg,
    pub kind: Kind,
    pub unit: Unit,
    /// `inputmode` of the text box.
    pub input_mode: &'static str,
    /// Shown under the box (unless a field-specific hint replaces it).
    pub help: Option<Msg>,
    /// Shown greyed in an empty box: what the core assumes when the field is left empty.
    pub placeholder: &'static str,
    pub group: Group,
    /// A market figure: starts from the coin's dated snapshot ("as of …") and is sent to
    /// the core only when the user or the host changed it.
    pub market: bool,
    pub show: Show,
    /// Takes a whole row of the form where fields otherwise sit two to a row.
    pub wide: bool,
}

const fn number(
    field: Field,
    api: &'static str,
    attr: &'static str,
    label: Msg,
    unit: Unit,
) -> Spec {
    Spec {
        field,
        api: Some(api),
        attr,
        label,
        kind: Kind::Number,
        unit,
        input_mode: "decimal",
        help: None,
        placeholder: "",
        group: Group::Costs,
        market: false,
        show: Show::Always,
        wide: false,
    }
}

const fn in_group(mut s: Spec, group: Group) -> Spec {
    s.group = group;
    s
}

const fn with_help(mut s: Spec, help: Msg) -> Spec {
    s.help = Some(help);
    s
}

const fn with_placeholder(mut s: Spec, placeholder: &'static str) -> Spec {
    s.placeholder = placeholder;
    s
}

const fn market(mut s: Spec) -> Spec {
    s.group = Group::Market;
    s.market = true;
    s
}

/// A field of the views over time, in `group`, with its default shown as the placeholder
/// (the views send the defaults of the horizon, growth and contract length themselves).
const fn over_time(mut s: Spec, group: Group, placeholder: &'static str) -> Spec {
    s.group = group;
    s.placeholder = placeholder;
    s
}

const fn wide(mut s: Spec) -> Spec {
    s.wide = true;
    s
}

const fn custom_only(mut s: Spec) -> Spec {
    s.group = Group::Market;
    s.show = Show::CustomCoin;
    s
}

/// The field table, in form order.
pub static FIELDS: [Spec; 39] = [
    Spec {
        field: Field::Rig,
        api: None,
        attr: "rig",
        label: Msg::Rig,
        kind: Kind::Select,
        unit: Unit::None,
        input_mode: "text",
        help: None,
        placeholder: "",
        group: Group::Hardware,
        market: false,
        show: Show::Always,
        wide: true,
    },
    Spec {
        field: Field::Coin,
        api: Some("coin"),
        attr: "coin",
        label: Msg::Coin,
        kind: Kind::Select,
        unit: Unit::None,
        input_mode: "text",
        help: None,
        placeholder: "",
        group: Group::Hardware,
        market: false,
        show: Show::Always,
        wide: true,
    },
    in_group(
        number(
            Field::Hashrate,
            "hashrate",
            "hashrate",
            Msg::Hashrate,
            Unit::Hashrate,
        ),
        Group::Hardware,
    ),
    in_group(
        number(Field::Power, "powerWatts", "power", Msg::Power, Unit::Watts),
        Group::Hardware,
    ),
    wide(in_group(
        with_help(
            number(
                Field::HardwareCost,
                "hardwareCost",
                "hardware-cost",
                Msg::HardwareCost,
                Unit::Currency,
            ),
            Msg::HelpHardwareCost,
        ),
        Group::Hardware,
    )),
    number(
        Field::ElectricityPrice,
        "electricityPrice",
        "electricity-price",
        Msg::ElectricityPrice,
        Unit::PerKwh,
    ),
    Spec {
        field: Field::Currency,
        api: Some("currency"),
        attr: "currency",
        label: Msg::Currency,
        kind: Kind::Select,
        unit: Unit::None,
        input_mode: "text",
        help: None,
        placeholder: "",
        group: Group::Costs,
        market: false,
        show: Show::Always,
        wide: false,
    },
    with_placeholder(
        number(
            Field::PoolFee,
            "poolFeePercent",
            "pool-fee",
            Msg::PoolFee,
            Unit::Percent,
        ),
        "0",
    ),
    with_placeholder(
        number(
            Field::Uptime,
            "uptimePercent",
            "uptime",
            Msg::Uptime,
            Unit::Percent,
        ),
        "100",
    ),
    wide(with_placeholder(
        with_help(
            number(
                Field::Overhead,
                "overheadPercent",
                "overhead",
                Msg::Overhead,
                Unit::Percent,
            ),
            Msg::HelpOverhead,
        ),
        "0",
    )),
    wide(market(number(
        Field::CoinPrice,
        "coinPrice",
        "coin-price",
        Msg::CoinPrice,
        Unit::Currency,
    ))),
    wide(market(number(
        Field::Difficulty,
        "difficulty",
        "difficulty",
        Msg::Difficulty,
        Unit::None,
    ))),
    market(Spec {
        input_mode: "numeric",
        ..number(
            Field::BlockHeight,
            "blockHeight",
            "block-height",
            Msg::BlockHeight,
            Unit::None,
        )
    }),
    market(number(
        Field::BlockReward,
        "blockReward",
        "block-reward",
        Msg::BlockReward,
        Unit::Coin,
    )),
    wide(with_placeholder(
        in_group(
            number(
                Field::TxFees,
                "txFeesPerBlock",
                "tx-fees",
                Msg::TxFees,
                Unit::Coin,
            ),
            Group::Market,
        ),
        "",
    )),
    Spec {
        field: Field::GrowDifficulty,
        api: None,
        attr: "grow-difficulty",
        label: Msg::GrowDifficulty,
        kind: Kind::Toggle,
        unit: Unit::None,
        input_mode: "text",
        help: Some(Msg::HelpGrowDifficulty),
        placeholder: "",
        group: Group::Market,
        market: false,
        show: Show::Always,
        wide: true,
    },
    wide(custom_only(number(
        Field::BlockTime,
        "blockTimeSeconds",
        "block-time",
        Msg::BlockTime,
        Unit::Seconds,
    ))),
    wide(custom_only(with_help(
        number(
            Field::WorkPerDifficulty,
            "workPerDifficulty",
            "work-per-difficulty",
            Msg::WorkPerDifficulty,
            Unit::None,
        ),
        Msg::HelpWorkPerDifficulty,
    ))),
    // Over time: the cloud contract, then the assumptions (defaults as placeholders).
    over_time(
        number(
            Field::ContractHashrate,
            "contractHashrate",
            "contract-hashrate",
            Msg::ContractHashrate,
            Unit::DisplayHashrate,
        ),
        Group::Contract,
        DEFAULT_CONTRACT_HASHRATE,
    ),
    with_help(
        over_time(
            number(
                Field::ContractPrice,
                "contractPrice",
                "contract-price",
                Msg::ContractPrice,
                Unit::Currency,
            ),
            Group::Contract,
            "",
        ),
        Msg::HelpContractPrice,
    ),
    Spec {
        field: Field::FeeBasis,
        api: None,
        attr: "maintenance-fee-basis",
        label: Msg::FeeBasis,
        kind: Kind::Select,
        unit: Unit::None,
        input_mode: "text",
        help: None,
        placeholder: "",
        group: Group::Contract,
        market: false,
        show: Show::Always,
        wide: false,
    },
    over_time(
        number(
            Field::MaintenanceFeePerUnit,
            "maintenanceFeePerUnitPerDay",
            "maintenance-fee-per-unit",
            Msg::MaintenanceFee,
            Unit::CurrencyPerDisplayHashrate,
        ),
        Group::Contract,
        "0",
    ),
    over_time(
        number(
            Field::MaintenanceFee,
            "maintenanceFeePerDay",
            "maintenance-fee",
            Msg::MaintenanceFee,
            Unit::Currency,
        ),
        Group::Contract,
        "0",
    ),
    over_time(
        Spec {
            input_mode: "numeric",
            ..number(
                Field::ContractDays,
                "contractDays",
                "contract-days",
                Msg::ContractDays,
                Unit::None,
            )
        },
        Group::Contract,
        "365",
    ),
    with_help(
        over_time(
            Spec {
                input_mode: "numeric",
                ..number(Field::Days, "days", "days", Msg::Days, Unit::None)
            },
            Group::Assumptions,
            "730",
        ),
        Msg::HelpDays,
    ),
    over_time(
        number(
            Field::DifficultyGrowth,
            "difficultyGrowthPercentPerMonth",
            "difficulty-growth",
            Msg::DifficultyGrowth,
            Unit::Percent,
        ),
        Group::Assumptions,
        "2",
    ),
    over_time(
        number(
            Field::PriceChange,
            "priceChangePercentPerYear",
            "price-change",
            Msg::PriceChange,
            Unit::Percent,
        ),
        Group::Assumptions,
        "0",
    ),
    over_time(
        number(
            Field::ElectricityPriceChange,
            "electricityPriceChangePercentPerYear",
            "electricity-price-change",
            Msg::ElectricityPriceChange,
            Unit::Percent,
        ),
        Group::Assumptions,
        "0",
    ),
    over_time(
        number(
            Field::HashrateDecay,
            "hashrateDecayPercentPerYear",
            "hashrate-decay",
            Msg::HashrateDecay,
            Unit::Percent,
        ),
        Group::Assumptions,
        "0",
    ),
    over_time(
        number(Field::Tax, "taxPercent", "tax", Msg::Tax, Unit::Percent),
        Group::Assumptions,
        "0",
    ),
    wide(over_time(
        Spec {
            kind: Kind::Toggle,
            ..number(
                Field::Shutdown,
                "shutdownWhenUnprofitable",
                "shutdown-when-unprofitable",
                Msg::Shutdown,
                Unit::None,
            )
        },
        Group::Assumptions,
        "",
    )),
    with_help(
        over_time(
            number(
                Field::Resale,
                "resaleValuePercent",
                "resale",
                Msg::Resale,
                Unit::Percent,
            ),
            Group::Assumptions,
            "0",
        ),
        Msg::HelpResale,
    ),
    with_help(
        over_time(
            number(
                Field::OffPeakHours,
                "offPeakHoursPerDay",
                "off-peak-hours",
                Msg::OffPeakHours,
                Unit::None,
            ),
            Group::Assumptions,
            "0",
        ),
        Msg::HelpOffPeak,
    ),
    over_time(
        number(
            Field::OffPeakPrice,
            "offPeakElectricityPrice",
            "off-peak-price",
            Msg::OffPeakPrice,
            Unit::PerKwh,
        ),
        Group::Assumptions,
        "",
    ),
    with_help(
        in_group(
            number(
                Field::PriceVolatility,
                "priceVolatilityPercentPerYear",
                "volatility",
                Msg::PriceVolatility,
                Unit::Percent,
            ),
            Group::Risk,
        ),
        Msg::HelpVolatility,
    ),
    with_placeholder(
        with_help(
            in_group(
                number(
                    Field::DifficultyVolatility,
                    "difficultyVolatilityPercentPerYear",
                    "difficulty-volatility",
                    Msg::DifficultyVolatility,
                    Unit::Percent,
                ),
                Group::Risk,
            ),
            Msg::HelpDifficultyVolatility,
        ),
        "20",
    ),
    with_placeholder(
        in_group(
            Spec {
                input_mode: "numeric",
                ..number(Field::Paths, "paths", "paths", Msg::Paths, Unit::None)
            },
            Group::Risk,
        ),
        "2000",
    ),
    with_placeholder(
        with_help(
            in_group(
                Spec {
                    input_mode: "numeric",
                    ..number(Field::Seed, "seed", "seed", Msg::Seed, Unit::None)
                },
                Group::Risk,
            ),
            Msg::HelpSeed,
        ),
        "1",
    ),
    wide(with_placeholder(
        with_help(
            in_group(
                number(
                    Field::Correlation,
                    "correlation",
                    "correlation",
                    Msg::Correlation,
                    Unit::None,
                ),
                Group::Portfolio,
            ),
            Msg::HelpCorrelation,
        ),
        "0.7",
    )),
];

/// The row of `field`.
pub fn spec(field: Field) -> &'static Spec {
    // Rows are in variant order (checked by a test); fall back to the first row rather than
    // panic.
    FIELDS.get(field as usize).unwrap_or(&FIELDS[0])
}

/// The row whose host attribute is `attr`.
pub fn by_attr(attr: &str) -> Option<&'static Spec> {
    FIELDS.iter().find(|s| s.attr == attr)
}

/// The row whose core input key is `api` (an error's `.field()`).
pub fn by_api(api: &str) -> Option<&'static Spec> {
    FIELDS.iter().find(|s| s.api == Some(api))
}

/// Whether the core's `estimate` reads this field (views may add fields it does not).
pub fn in_estimate(spec: &Spec) -> bool {
    spec.api.is_some_and(|k| ESTIMATE_FIELDS.contains(&k))
}

/// One fieldset of the form.
#[derive(Debug)]
pub struct GroupSpec {
    pub group: Group,
    pub legend: Msg,
    /// A `<details>` disclosure (open unless the widget is compact) rather than a fieldset.
    pub disclosure: bool,
    /// The views the group belongs to (their ids); empty = every view.
    pub views: &'static [&'static str],
}

/// The form's groups, in order.
pub static GROUPS: [GroupSpec; 7] = [
    GroupSpec {
        group: Group::Hardware,
        legend: Msg::GroupHardware,
        disclosure: false,
        views: &[],
    },
    GroupSpec {
        group: Group::Costs,
        legend: Msg::GroupCosts,
        disclosure: false,
        views: &[],
    },
    GroupSpec {
        group: Group::Market,
        legend: Msg::GroupMarket,
        disclosure: true,
        views: &[],
    },
    GroupSpec {
        group: Group::Contract,
        legend: Msg::GroupContract,
        disclosure: false,
        views: &["cloud", "compare"],
    },
    GroupSpec {
        group: Group::Assumptions,
        legend: Msg::GroupAssumptions,
        disclosure: true,
        views: &["hardware", "cloud", "compare", "risk", "portfolio"],
    },
    GroupSpec {
        group: Group::Risk,
        legend: Msg::GroupRisk,
        disclosure: false,
        views: &["risk", "portfolio"],
    },
    GroupSpec {
        group: Group::Portfolio,
        legend: Msg::GroupPortfolio,
        disclosure: false,
        views: &["portfolio"],
    },
];

/// Whether `group` is one of `view_id`'s own groups (listed with that view; groups shown
/// in every view return false: the estimate's fields are added separately).
pub fn group_in_view(group: Group, view_id: &str) -> bool {
    GROUPS
        .iter()
        .any(|g| g.group == group && g.views.contains(&view_id))
}

/// Whether `group` is shown while `view_id` is the active view. The first module has no
/// projection, so no assumptions: they show when the full module takes over (their values,
/// set by attributes or a link, travel with the form all the same).
pub fn group_shown(group: Group, view_id: &str) -> bool {
    if cfg!(not(feature = "full")) && group == Group::Assumptions {
        return false;
    }
    GROUPS
        .iter()
        .any(|g| g.group == group && (g.views.is_empty() || g.views.contains(&view_id)))
}

/// The cloud contract's hashrate when the box is empty, in the algorithm's display unit
/// (100 TH/s for SHA-256, 100 GH/s for Scrypt, …): a contract size providers sell.
pub const DEFAULT_CONTRACT_HASHRATE: &str = "100";

/// [`Field::FeeBasis`]: the fee is per display unit of hashrate per day, as providers quote it.
pub const FEE_PER_UNIT: &str = "per-unit";
/// [`Field::FeeBasis`]: the fee is per day for the whole contract (`maintenanceFeePerDay`).
pub const FEE_WHOLE_CONTRACT: &str = "whole-contract";

/// The fee basis when neither host nor reader picked one: per unit, as providers quote it,
/// unless the host gave the whole contract's fee (`maintenance-fee`) and no fee per unit,
/// so pages written before the choice existed keep their meaning.
pub fn default_fee_basis(has_attr: impl Fn(&str) -> bool) -> &'static str {
    if has_attr("maintenance-fee") && !has_attr("maintenance-fee-per-unit") {
        FEE_WHOLE_CONTRACT
    } else {
        FEE_PER_UNIT
    }
}

/// The display unit of the coin's algorithm, in which a contract's hashrate and its fee per
/// unit are given: `TH/s` for SHA-256 (and without a coin), `GH/s` Scrypt, `kSol/s` Equihash.
pub fn display_hash_unit(coin: Option<&Coin>) -> String {
    coin.map_or_else(
        || "TH/s".to_owned(),
        |c| format!("{}/s", c.algorithm.display_work(c.hash_unit)),
    )
}

/// The text after a contract field's box: `TH/s`, or `USD/TH/s` for a fee per unit.
pub fn contract_unit_text(unit: Unit, currency: &str, coin: Option<&Coin>) -> String {
    let hash = display_hash_unit(coin);
    match unit {
        Unit::CurrencyPerDisplayHashrate => format!("{currency}/{hash}"),
        _ => hash,
    }
}

/// The options of [`Field::FeeBasis`]: `(value, text)`, the unit named for the coin.
pub fn fee_basis_options(lang: Lang, coin: Option<&Coin>) -> [(&'static str, String); 2] {
    let unit = display_hash_unit(coin);
    [
        (
            FEE_PER_UNIT,
            fill(lang.text(Msg::FeeOptionPerUnit), &[("unit", &unit)]),
        ),
        (
            FEE_WHOLE_CONTRACT,
            lang.text(Msg::FeeOptionWhole).to_owned(),
        ),
    ]
}

/// Fields of a rig of one's own, hidden while the "Cloud contract" view is shown: the
/// contract has its own hashrate, the provider pays for power, there is no hardware to buy,
/// and the projection's horizon, tariffs, ageing, tax and resale do not apply to it.
const NOT_IN_CLOUD: [Field; 14] = [
    Field::Rig,
    Field::Hashrate,
    Field::Power,
    Field::HardwareCost,
    Field::ElectricityPrice,
    Field::Overhead,
    Field::Days,
    Field::ElectricityPriceChange,
    Field::HashrateDecay,
    Field::Tax,
    Field::Shutdown,
    Field::Resale,
    Field::OffPeakHours,
    Field::OffPeakPrice,
];

/// Whether the field `spec` is shown while `view_id` is the active view: its group is, it
/// is not a rig's own field in the cloud view, and of the two maintenance-fee boxes only the
/// one `fee_basis` (the text of [`Field::FeeBasis`]) picks.
pub fn shown_in(spec: &Spec, view_id: &str, fee_basis: &str) -> bool {
    let whole = fee_basis.trim() == FEE_WHOLE_CONTRACT;
    group_shown(spec.group, view_id)
        && !(view_id == "cloud" && NOT_IN_CLOUD.contains(&spec.field))
        && match spec.field {
            Field::MaintenanceFeePerUnit => !whole,
            Field::MaintenanceFee => whole,
            _ => true,
        }
}

/// Host attributes that are not fields: they configure the widget itself.
pub const WIDGET_ATTRIBUTES: [&str; 4] = ["lang", "compact", "theme", "view"];

/// Every attribute the widget understands: the fields' and [`WIDGET_ATTRIBUTES`].
pub fn attribute_names() -> Vec<&'static str> {
    FIELDS
        .iter()
        .map(|s| s.attr)
        .chain(WIDGET_ATTRIBUTES)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_one_row_and_unique_names() {
        for (i, s) in FIELDS.iter().enumerate() {
            // Rows are in variant order: `Field as usize` indexes the table.
            assert_eq!(s.field as usize, i, "{}", s.attr);
            assert_eq!(spec(s.field).attr, s.attr);
            for t in &FIELDS[i + 1..] {
                assert_ne!(s.field, t.field);
                assert_ne!(s.attr, t.attr);
                assert!(s.api.is_none() || s.api != t.api, "{}", s.attr);
            }
        }
        let names = attribute_names();
        for (i, a) in names.iter().enumerate() {
            assert!(!names[i + 1..].contains(a), "{a}");
        }
    }

    #[test]
    fn the_cloud_view_shows_the_contract_and_not_the_rig() {
        let shown = |f: Field, view: &str, basis: &str| shown_in(spec(f), view, basis);
        for f in [
            Field::Rig,
            Field::Power,
            Field::ElectricityPrice,
            Field::Days,
        ] {
            assert!(!shown(f, "cloud", FEE_PER_UNIT), "{f:?}");
            assert!(shown(f, "hardware", FEE_PER_UNIT), "{f:?}");
        }
        assert!(shown(Field::Coin, "cloud", FEE_PER_UNIT));
        assert!(shown(Field::ContractHashrate, "cloud", FEE_PER_UNIT));
        assert!(!shown(Field::ContractHashrate, "hardware", FEE_PER_UNIT));
        assert!(shown(Field::MaintenanceFeePerUnit, "cloud", FEE_PER_UNIT));
        assert!(!shown(Field::MaintenanceFee, "cloud", FEE_PER_UNIT));
        assert!(shown(Field::MaintenanceFee, "compare", FEE_WHOLE_CONTRACT));
        assert!(!shown(
            Field::MaintenanceFeePerUnit,
            "compare",
            FEE_WHOLE_CONTRACT
        ));
        assert_eq!(default_fee_basis(|_| false), FEE_PER_UNIT);
        assert_eq!(
            default_fee_basis(|a| a == "maintenance-fee"),
            FEE_WHOLE_CONTRACT
        );
    }

    #[test]
    fn estimate_fields_are_known_to_the_core() {
        let sent: Vec<&str> = FIELDS
            .iter()
            .filter(|s| in_estimate(s))
            .filter_map(|s| s.api)
            .collect();
        assert!(sent.contains(&"poolFeePercent"));
        assert!(!sent.contains(&"rig"));
        assert_eq!(by_api("powerWatts").map(|s| s.attr), Some("power"));
        assert_eq!(
            by_attr("electricity-price").map(|s| s.field),
            Some(Field::ElectricityPrice)
        );
    }
}
