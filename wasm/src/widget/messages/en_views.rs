//! English texts of the views after the first (cloud, compare, risk, what matters, which coin,
//! portfolio) and of the projection: the full module's only. The first module does not draw
//! those views, so it does not carry their texts (`en.rs` has the rest; a test checks that
//! no key here is used by the first module's code).

use super::Msg;

pub(super) fn text(m: Msg) -> &'static str {
    match m {
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
        Msg::HalvingTitle => "Halving on {date}: {before} → {after} {ticker} per block",
        Msg::ProjectionNote => {
            "Day by day from {date} at block {height}, with the figures and assumptions in the form. Not a forecast."
        }
        Msg::CloudPrompt => "Enter a contract price to evaluate renting the hashrate above.",
        Msg::CloudKpi => "Net profit of the contract",
        Msg::OptSell => "Contract, coins sold daily",
        Msg::OptHold => "Contract, coins kept to the end",
        Msg::OptBuy => "Buy {ticker} on day one and hold",
        Msg::OptHardware => "Own hardware",
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
        Msg::ComparePromptPrice => "Enter a contract price under Cloud contract to compare.",
        Msg::ComparePromptCost => "Enter a hardware cost (the money to spend) to compare.",
        Msg::CompareNote => {
            "Each option spends {outlay} on {date} and is valued after {days}. The contract gets {hashrate} at the cloud contract's price per hashrate and day. Tax applies to each final profit."
        }
        Msg::BestAfter => "Best after {days}",
        Msg::CompareChartTitle => "Profit after {days}",
        Msg::WaitYears => "{n} years",
        Msg::RiskKpiPayback => "Pays for itself within {horizon}",
        Msg::KpiOf100 => "{k} in 100",
        Msg::RiskPayback => {
            "In {k} of 100 simulated futures this rig pays for itself within {horizon}."
        }
        Msg::RiskLoss => "In {k} of 100 it ends at a loss, hardware cost and resale included.",
        Msg::RiskNoCost => "Enter a hardware cost to see the chance of paying it back.",
        Msg::RiskRange => {
            "After {horizon}, all costs included: {p50} in a typical future; 1 in 20 ends at or below {p5}, 1 in 20 at or above {p95}."
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
        Msg::MattersNoChange => "no change either way",
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
        Msg::ColWeek => "Week",
        Msg::SoloNote => {
            "In a pool you get a steady share; alone you earn nothing until you find a whole block."
        }
        Msg::PfIntro => {
            "Add what you own or plan to buy. Each position is simulated alone and all together, with coin prices as correlated as set in the form."
        }
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
        _ => "",
    }
}
