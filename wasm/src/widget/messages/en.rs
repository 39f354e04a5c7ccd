//! English messages: the reference table (other languages must use the same placeholders).

use super::Msg;

pub(super) fn text(m: Msg) -> &'static str {
    match m {
        Msg::Title => "Mining calculator",
        Msg::TabsLabel => "Views",
        Msg::Footer => {
            "Estimates from today's figures, not a forecast or financial advice. Market data: {source}."
        }
        Msg::StaleNote => "Fix the marked field to update the results.",
        Msg::GroupHardware => "Hardware",
        Msg::GroupCosts => "Costs",
        Msg::GroupMarket => "Market data",
        Msg::MarketAsOf => "as of {date}",
        Msg::ResetMarket => "Use the snapshot values",
        Msg::Rig => "Rig",
        Msg::Coin => "Coin",
        Msg::Hashrate => "Hashrate",
        Msg::HashUnitLabel => "Hashrate unit",
        Msg::Power => "Power draw",
        Msg::HardwareCost => "Hardware cost",
        Msg::ElectricityPrice => "Electricity price",
        Msg::Currency => "Currency",
        Msg::PoolFee => "Pool fee",
        Msg::Uptime => "Uptime",
        Msg::Overhead => "Cooling and PSU overhead",
        Msg::CoinPrice => "Coin price",
        Msg::Difficulty => "Network difficulty",
        Msg::BlockHeight => "Block height",
        Msg::BlockReward => "Block reward",
        Msg::TxFees => "Transaction fees per block",
        Msg::BlockTime => "Block time",
        Msg::WorkPerDifficulty => "Work per difficulty unit",
        Msg::HelpHardwareCost => "Optional: gives the payback time.",
        Msg::HelpOverhead => "Extra power for fans, cooling and power-supply losses.",
        Msg::HelpWorkPerDifficulty => {
            "Expected hashes per block at difficulty 1 (2³² = 4,294,967,296 for Bitcoin-style chains)."
        }
        Msg::RigGroupAsic => "ASIC miners",
        Msg::RigGroupGpu => "Graphics cards",
        Msg::RigGroupCpu => "Processors",
        Msg::RigCustom => "Custom hardware",
        Msg::CoinCustom => "Other coin (enter its figures)",
        Msg::CoinNotMineable => "{name} ({ticker}): cannot be mined",
        Msg::EthNote => {
            "Ethereum moved to proof of stake on 15 Sep 2022 and can no longer be mined. GPUs that mined it mine Ethereum Classic (ETC) instead."
        }
        Msg::HintPreset => "Spec-sheet figures ({date}) · edit hashrate or power to override",
        Msg::HintHeightToday => {
            "Expected today: the snapshot's height plus one block per block time since then"
        }
        Msg::HintEdited => "Your figure (snapshot of {date}: {value})",
        Msg::HintRewardAuto => "From the schedule at block {height} · edit to override",
        Msg::HintRigPrice => {
            "Typical price of a new unit: {price} ({date}, {source}) · edit to yours"
        }
        Msg::HintNoRigPrice => "No typical price for this rig: enter yours for payback and return.",
        Msg::CoinSwitched => "{rig} cannot mine {asked}: showing {shown}, which it can mine.",
        Msg::SkipToResults => "Skip to results",
        Msg::LanguageLabel => "Language",
        Msg::HomeMiner => "home miner",
        Msg::LoadingView => "Loading…",
        Msg::LoadFailed => {
            "This part of the calculator could not be loaded. Check the connection, then open it again."
        }
        Msg::ShowProjection => "Show the projection over time",
        Msg::ProjectionTeaser => "Payback, halvings and difficulty growth, day by day.",
        Msg::LiveError => "{field}: {message}",
        Msg::GrowDifficulty => "Estimate today's difficulty",
        Msg::HelpGrowDifficulty => {
            "Grows the market data's difficulty to today at the difficulty growth per month under Assumptions. An estimate, not a measurement."
        }
        Msg::HintGrown => {
            "Estimate for today: {value} grown {growth} % a month for {days} days (data of {date})"
        }
        Msg::HintFees => "Empty: {fees} {ticker} per block, typical in the market data",
        Msg::WarnDifficultyBelowMinimum => {
            "Below the chain's minimum difficulty (1): this result is not a real one."
        }
        Msg::WarnDifficultyFarBelow => {
            "Over 1,000 times below the network's difficulty in the market data: check this figure."
        }
        Msg::WarnHashrateAboveNetwork => {
            "More than the whole network's hashrate: check the hashrate and the difficulty."
        }
        Msg::WarnPriceFar => {
            "Over 1,000 times away from the market data's price: check this figure."
        }
        Msg::WarnFreePower => "No electricity price: free power assumed.",
        Msg::HintFromFeed => {
            "From this site's market data, {date}, source {source} · edit to override"
        }
        Msg::HintBuiltin => "Built-in snapshot of {date} · edit to update",
        Msg::HintConverted => "Converted at 1 USD = {rate} {currency} ({date})",
        Msg::HeadlineData => "Market data of {date} · {origin}",
        Msg::OriginFeed => "this site's data",
        Msg::OriginBuiltin => "built-in snapshot",
        Msg::AgeNotice => {
            "This market data is {days} days old. Difficulty has usually risen since, so today's earnings are probably lower than shown. Edit the coin price and difficulty under Market data, or ask the site to refresh its data."
        }
        Msg::AgeOld => "Based on old data ({date})",
        Msg::FeedFailed => {
            "This site's market data could not be used ({reason}); showing the built-in snapshot of {date}."
        }
        Msg::FeedHttp => "the server answered HTTP {status}",
        Msg::FeedTimeout => "no answer within 10 seconds",
        Msg::FeedTooLarge => "larger than 1 MB",
        Msg::FeedNetwork => "it could not be fetched",
        Msg::FeedInvalid => "{error}",
        Msg::FeedCached => "Offline: using this site's market data saved on {date}.",
        Msg::ErrNoRate => {
            "No exchange rate for {currency} in the market data: enter the coin price in {currency}."
        }
        Msg::ViewHardware => "Own hardware",
        Msg::ProfitPerDay => "Profit per day",
        Msg::PerMonthPerYear => "{month} a month · {year} a year",
        Msg::BreakdownCaption => "Per day, month and year",
        Msg::ColDay => "Day",
        Msg::ColMonth => "Month",
        Msg::ColYear => "Year",
        Msg::RowCoins => "{ticker} mined",
        Msg::RowRevenue => "Revenue",
        Msg::RowPoolFee => "Pool fee",
        Msg::RowElectricity => "Electricity",
        Msg::RowProfit => "Profit",
        Msg::PeriodNote => "A month is an average month of 30.4375 days; a year is 365.25 days.",
        Msg::HowAreTheseComputed => "How are these computed?",
        Msg::HowIsThisComputed => "How is this computed?",
        Msg::FigBreakEvenElectricity => "Break-even electricity price",
        Msg::FigBreakEvenCoin => "Break-even coin price",
        Msg::FigPayback => "Payback",
        Msg::FigEfficiency => "Efficiency",
        Msg::FigHashprice => "Hashprice",
        Msg::PerKwh => "{price} per kWh",
        Msg::PerCoin => "{price} per {ticker}",
        Msg::HashpriceValue => "{value} per {unit} per day",
        Msg::PaybackAround => "around {date}",
        Msg::PaybackNoCost => "Enter a hardware cost",
        Msg::PaybackNever => "Never at today's figures",
        Msg::NoPowerDrawn => "No power is drawn, so there is no break-even price.",
        Msg::NoCoinsMined => "No coins are kept after the pool fee, so no price breaks even.",
        Msg::FormulaWork => "Work per block = difficulty × work per difficulty unit",
        Msg::FormulaWorkNetwork => "Work per block = network hashrate × block time",
        Msg::FormulaCoins => {
            "Coins per day = hashrate × 86,400 s × (block reward + fees) ÷ work per block × uptime"
        }
        Msg::FormulaRevenue => "Revenue = coins × coin price",
        Msg::FormulaPoolFee => "Pool fee = revenue × pool fee %",
        Msg::FormulaElectricity => {
            "Electricity = power × (1 + overhead) × 24 h × uptime × price per kWh"
        }
        Msg::FormulaProfit => "Profit = revenue − pool fee − electricity",
        Msg::FormulaPeriods => "Month = day × {month}; year = day × {year}.",
        Msg::FormulaBreakEvenElectricity => {
            "Break-even price = (revenue − pool fee) ÷ energy per day"
        }
        Msg::FormulaBreakEvenCoin => {
            "Break-even price = electricity ÷ (coins × share kept after the pool fee)"
        }
        Msg::FormulaPayback => "Payback = hardware cost ÷ profit per day",
        Msg::FormulaEfficiency => "Efficiency = power ÷ hashrate",
        Msg::FormulaHashprice => {
            "Hashprice = revenue per day at full uptime, before the pool fee ÷ hashrate"
        }
        Msg::ChartTitle => "Daily profit at other electricity prices",
        Msg::ChartBreakEven => "break-even {price}",
        Msg::ChartYou => "you: {price}",
        Msg::ChartSummary => {
            "Profit per day falls to zero at an electricity price of {breakEven} per kWh. At your {price} it is {profit}."
        }
        Msg::GroupContract => "Cloud contract",
        Msg::GroupAssumptions => "Assumptions",
        Msg::Days => "Horizon (days)",
        Msg::DifficultyGrowth => "Difficulty growth per month",
        Msg::PriceChange => "Coin price change per year",
        Msg::ElectricityPriceChange => "Electricity price change per year",
        Msg::HashrateDecay => "Hashrate loss per year",
        Msg::Tax => "Tax on profit",
        Msg::Shutdown => "Switch off in hours that lose money",
        Msg::Resale => "Resale value at the end",
        Msg::OffPeakHours => "Off-peak hours per day",
        Msg::OffPeakPrice => "Off-peak electricity price",
        Msg::ContractPrice => "Contract price",
        Msg::MaintenanceFee => "Maintenance fee per day",
        Msg::ContractDays => "Contract length (days)",
        Msg::HelpDays => "Up to 3653 (ten years). Rates compound daily.",
        Msg::HelpResale => "Share of the hardware cost you get back.",
        Msg::HelpOffPeak => "The electricity price above is then the peak price.",
        Msg::HelpContractPrice => "Paid up front for the hashrate above.",
        Msg::ViewCloud => "Cloud contract",
        Msg::ViewCompare => "Compare",
        Msg::OverTime => "Over time",
        Msg::Halving => "halving",
        Msg::DownloadCsv => "Download CSV",
        Msg::CopyLink => "Copy link",
        Msg::LinkCopied => "Link copied.",
        Msg::LinkInAddressBar => "The link is in the address bar.",
        Msg::LinkNotCopied => {
            "Could not copy the link: the browser refused. It is in the address bar."
        }
        Msg::LinkField => "Link to this calculation",
        Msg::ColOption => "Option",
        Msg::GroupRisk => "Simulation",
        Msg::GroupPortfolio => "Portfolio",
        Msg::PriceVolatility => "Price volatility per year",
        Msg::DifficultyVolatility => "Difficulty volatility per year",
        Msg::Paths => "Simulated futures",
        Msg::Seed => "Random seed",
        Msg::Correlation => "Correlation between coin prices",
        Msg::HelpVolatility => {
            "How far the price typically swings in a year. Empty: a typical figure for the coin."
        }
        Msg::HelpDifficultyVolatility => "How unevenly network difficulty grows.",
        Msg::HelpSeed => "The same seed gives the same result; change it to draw other futures.",
        Msg::HelpCorrelation => "1: all coins move in lockstep; 0: each on its own.",
        Msg::ViewRisk => "Risk",
        Msg::ViewMatters => "What matters",
        Msg::ViewCoins => "Which coin",
        Msg::ViewPortfolio => "Portfolio",
        Msg::HorizonYear => "a year",
        Msg::HorizonYears => "{n} years",
        Msg::HorizonMonths => "{n} months",
        Msg::HorizonDays => "{n} days",
        Msg::Running => "Simulating {paths} futures…",
        Msg::ColChance => "Chance",
        Msg::PfKind => "Position",
        Msg::ErrRequired => "Enter a value.",
        Msg::ErrNumber => "Enter a number, like 0.12 or 3500.",
        Msg::ErrRange => "Must be {expected} (you entered {got}).",
        Msg::ErrUnit => "Unknown unit: use {units}.",
        Msg::ErrUnknownRig => "Unknown rig “{got}”: pick one from the list.",
        Msg::ErrUnknownCoin => "Unknown coin “{got}”: pick one from the list.",
        Msg::ErrOverflow => "This value is too large to compute with.",
        Msg::ErrPriceInUsd => {
            "The snapshot price is in US dollars: enter the coin price in {currency}."
        }
        Msg::ErrCurrency => "Use an ISO 4217 currency code such as USD or EUR.",
        Msg::RangeBetween => "between {min} and {max}",
        Msg::RangeAtLeast => "at least {min}",
        Msg::RangeAtMost => "at most {max}",
        Msg::RangeNonNegative => "0 or more",
        Msg::RangePositive => "greater than 0",
        Msg::RangeWhole => "a whole number between {min} and {max}",
        Msg::ContractHashrate => "Contracted hashrate",
        Msg::FeeBasis => "Maintenance fee quoted",
        Msg::FeeOptionPerUnit => "per {unit} per day",
        Msg::FeeOptionWhole => "per day, whole contract",
        #[cfg(feature = "full")]
        _ => super::en_views::text(m),
        #[cfg(not(feature = "full"))]
        _ => "",
    }
}
