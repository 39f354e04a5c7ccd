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
        Msg::FigProfitIn => "Profit in {days}",
        Msg::FigPaysBack => "Pays back",
        Msg::FigRoi => "Return",
        Msg::NotWithin => "Not within {days}",
        Msg::ChartNetTitle => "Cumulative profit after the upfront cost",
        Msg::ChartPaysBack => "pays back {date}",
        Msg::SummaryPaysBack => "Pays back on {date}. After {days}: {net}.",
        Msg::SummaryNever => "Does not pay back within {days}. After {days}: {net}.",
        Msg::SummaryNoCost => {
            "Profit after {days}: {net}. Enter a hardware cost to see when it pays back."
        }
        Msg::Halving => "halving",
        Msg::HalvingTitle => "Halving on {date}: {before} → {after} {ticker} per block",
        Msg::ProjectionNote => {
            "Day by day from {date} at block {height}, with the figures and assumptions in the form. Not a forecast."
        }
        Msg::DownloadCsv => "Download CSV",
        Msg::CopyLink => "Copy link",
        Msg::LinkCopied => "Link copied.",
        Msg::LinkInAddressBar => "The link is in the address bar.",
        Msg::LinkNotCopied => {
            "Could not copy the link: the browser refused. It is in the address bar."
        }
        Msg::LinkField => "Link to this calculation",
        Msg::CloudPrompt => "Enter a contract price to evaluate renting the hashrate above.",
        Msg::CloudKpi => "Net profit of the contract",
        Msg::OptSell => "Contract, coins sold daily",
        Msg::OptHold => "Contract, coins kept to the end",
        Msg::OptBuy => "Buy {ticker} on day one and hold",
        Msg::OptHardware => "Own hardware",
        Msg::ColOption => "Option",
        Msg::ColProfit => "Profit",
        Msg::Best => "best",
        Msg::EndedEarly => {
            "The provider ends the contract on {date}, when the fee exceeds the output."
        }
        Msg::CloudNote => {
            "Uses the hashrate, pool fee and uptime above; the provider pays for power. Coin price at the end: {price}."
        }
        Msg::ComparePrompt => {
            "Enter a hardware cost (the money to spend) and a contract price to compare."
        }
        Msg::CompareNote => {
            "Each option spends {outlay} on {date} and is valued after {days}. The contract gets {hashrate} at the cloud contract's price per hashrate and day. Tax applies to each final profit."
        }
        Msg::BestAfter => "Best after {days}",
        Msg::CompareChartTitle => "Profit after {days}",
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
        Msg::WaitYears => "{n} years",
        Msg::RiskKpiPayback => "Pays for itself within {horizon}",
        Msg::KpiOf100 => "{k} in 100",
        Msg::RiskPayback => {
            "In {k} of 100 simulated futures this rig pays for itself within {horizon}."
        }
        Msg::RiskLoss => "In {k} of 100 it ends at a loss, hardware cost and resale included.",
        Msg::RiskNoCost => "Enter a hardware cost to see the chance of paying it back.",
        Msg::RiskRange => {
            "After {horizon}, all costs included: {p50} in a typical future; 1 in 20 ends below {p5}, 1 in 20 above {p95}."
        }
        Msg::RiskMedianPayback => "Half of the futures have paid back by {date}.",
        Msg::RiskVolatility => {
            "Price volatility {v} % a year ({source}): in about 2 of 3 years the price ends between {low} and {high} of its trend."
        }
        Msg::RiskVolDefault => "typical for {coin}",
        Msg::RiskVolYours => "your setting",
        Msg::RiskEstimate => {
            "Estimates from {paths} simulated futures with seed {seed}, not a forecast. The same seed gives the same result."
        }
        Msg::Running => "Simulating {paths} futures…",
        Msg::RiskChartTitle => "Cumulative profit in simulated futures",
        Msg::LegendOuter => "90 of 100 futures",
        Msg::LegendInner => "middle half",
        Msg::LegendMedian => "median",
        Msg::RiskChartSummary => {
            "Cumulative profit after {horizon}: median {p50}; 90 of 100 futures between {p5} and {p95}."
        }
        Msg::MattersTornado => "What moves the daily profit most (each input −{d} % and +{d} %)",
        Msg::MattersTornadoSummary => {
            "{input} matters most: at −{d} % the daily profit is {low}, at +{d} % it is {high} (today {base})."
        }
        Msg::MattersInput => "Input",
        Msg::MattersHeat => "Daily profit by electricity price and coin price",
        Msg::MattersHeatSummary => {
            "Green cells make a profit, red cells a loss. At today's coin price, electricity up to {kwh} per kWh pays; at your electricity price the coin must be worth at least {coin}. You: {profit} a day."
        }
        Msg::MattersYou => "you",
        Msg::MattersProfit => "profit",
        Msg::MattersLoss => "loss",
        Msg::MattersBreakEven => "break-even",
        Msg::CoinsCaption => "Every coin this rig can mine, best first (per day)",
        Msg::ColBreakEven => "Break-even per kWh",
        Msg::CoinsYours => "your choice",
        Msg::CoinsMerged => "Litecoin + Dogecoin (merged mining)",
        Msg::CoinsNote => {
            "Today's figures, each coin at its snapshot; your market figures apply to {coin} only."
        }
        Msg::SoloTitle => "Solo mining {coin}",
        Msg::SoloSentence => {
            "Mining alone, this rig would find a block about once every {wait}: a {chance} chance of at least one within a year. One block pays {coins} {ticker} ({value})."
        }
        Msg::SoloCaption => "Chance of finding at least one block",
        Msg::ColPeriod => "Period",
        Msg::ColBlocks => "Expected blocks",
        Msg::ColChance => "Chance",
        Msg::ColWeek => "Week",
        Msg::SoloNote => {
            "In a pool you get a steady share; alone you earn nothing until you find a whole block."
        }
        Msg::PfIntro => {
            "Add what you own or plan to buy. Each position is simulated alone and all together, with coin prices as correlated as set in the form."
        }
        Msg::PfKind => "Position",
        Msg::PfRig => "Rig",
        Msg::PfContract => "Cloud contract",
        Msg::PfHold => "Coins held",
        Msg::PfInvested => "Amount invested",
        Msg::PfAdd => "Add position",
        Msg::PfRemove => "Remove",
        Msg::PfFormRig => "Your rig (form)",
        Msg::PfCombined => "All together",
        Msg::PfCaption => "Final profit after {horizon}, each alone and all together",
        Msg::ColLoss => "Chance of loss",
        Msg::ColTypical => "Typical",
        Msg::ColRange => "90 of 100 between",
        Msg::PfVar => {
            "In the worst 1 in 20 futures the whole portfolio loses {together} or more; the positions' worst cases added up come to {separate}."
        }
        Msg::PfNoVar => {
            "Even in the worst 1 in 20 futures the whole portfolio does not lose money."
        }
        Msg::PfNote => {
            "Estimates from {paths} simulated futures with seed {seed} and a price correlation of {rho}, not a forecast."
        }
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
        Msg::RiskKpiRunning => "Running profit above zero after {horizon}",
        Msg::RiskKpiRunningLoss => "Running at a loss after {horizon}",
        Msg::RiskKpiOff => "Switched off most of the time over {horizon}",
        Msg::RiskRunningProfit => {
            "Without a hardware cost this measures running profit (revenue minus pool fee and electricity): in {k} of 100 simulated futures it is above zero after {horizon}. Enter a hardware cost to see payback."
        }
        Msg::RiskRunningLoss => {
            "Without a hardware cost this measures running profit (revenue minus pool fee and electricity): in {k} of 100 simulated futures it is a loss after {horizon}. Enter a hardware cost to see payback."
        }
        Msg::RiskSwitchedOff => {
            "Over {horizon} the rig would lose money in most hours, so shutdown keeps it switched off in most futures ({k} of 100): on average it runs on {share} of the days. Its cumulative profit stays near zero because it is off, not because it pays."
        }
        Msg::CoinsBest => {
            "{coin} pays best with this rig at your electricity price: {profit} a day."
        }
        Msg::CoinsBestOther => "Your choice, {chosen}, makes {profit} a day.",
        Msg::CoinsNonePays => {
            "No coin pays at {price} per kWh: the best, {coin}, makes {profit} a day. Mining starts to pay below {breakEven} per kWh ({beCoin})."
        }
        Msg::CoinsNoCoin => "This rig mines none of the coins in the table.",
        Msg::PfJointNote => {
            "With more than one coin, each position is drawn together with the other prices, so a rig's figures here differ a little from the Risk tab's; a rig alone matches it exactly."
        }
        Msg::RiskOffNote => {
            "In {k} of 100 futures shutdown keeps the rig off on most days: on average it runs on {share} of them."
        }
        Msg::ContractHashrate => "Contracted hashrate",
        Msg::FeeBasis => "Maintenance fee quoted",
        Msg::FeeOptionPerUnit => "per {unit} per day",
        Msg::FeeOptionWhole => "per day, whole contract",
        Msg::CloudSold => "coins sold daily",
        Msg::CloudKept => "coins kept to the end",
        Msg::CloudFlatBetter => {
            "At a flat {ticker} price the contract ({option}) makes {net}; {ticker} bought for {price} would still be worth {price} at the end, so the contract does {net} better."
        }
        Msg::CloudFlatWorse => {
            "At a flat {ticker} price the contract ({option}) loses {loss}; {ticker} bought for {price} would still be worth {price} at the end, so buying {ticker}, or keeping the money, does {loss} better."
        }
        Msg::CloudFlatEven => {
            "At a flat {ticker} price the contract ({option}) just gets its {price} back, as {ticker} bought for {price} would."
        }
        Msg::CloudFlatNote => {
            "The coin price is assumed flat (0 % a year, under Assumptions), so holding {ticker} neither gains nor loses. Set a price change there to compare with a rising or falling price."
        }
        Msg::CloudBetter => {
            "The contract ({option}) ends at {best}, {diff} better than buying {ticker} for {price} and holding it ({buy})."
        }
        Msg::CloudWorse => {
            "Buying {ticker} for {price} and holding it ends at {buy}, {diff} better than the contract ({option}, {best})."
        }
        Msg::CloudSame => {
            "The contract ({option}) and buying {ticker} for {price} end the same: {best}."
        }
        Msg::CloudPathNote => {
            "The coin price changes {change} a year (under Assumptions): {start} today, {end} at the end of the term."
        }
        Msg::CloudExampleUnit => {
            "Worked example: {price} for {hashrate} for {days} at {unitFee} per {unit} per day. The fee is {hashrate} × {unitFee} = {fee} a day. Over {daysRun} the contract mines {coins} {ticker} after the pool fee, sold day by day for {revenue}, and the fees come to {fees}: {revenue} − {fees} − {price} = {net}."
        }
        Msg::CloudExampleWhole => {
            "Worked example: {price} for {hashrate} for {days} at {fee} a day for the whole contract ({unitFee} per {unit} per day). Over {daysRun} the contract mines {coins} {ticker} after the pool fee, sold day by day for {revenue}, and the fees come to {fees}: {revenue} − {fees} − {price} = {net}."
        }
    }
}
