//! Simplified Chinese messages (same keys and placeholders as `en.rs`).

use super::Msg;

pub(super) fn text(m: Msg) -> &'static str {
    match m {
        Msg::Title => "挖矿收益计算器",
        Msg::TabsLabel => "视图",
        Msg::Footer => "基于今日数据的估算，并非预测，也不构成投资建议。市场数据：{source}。",
        Msg::StaleNote => "请修正标记的字段以更新结果。",
        Msg::GroupHardware => "硬件",
        Msg::GroupCosts => "成本",
        Msg::GroupMarket => "市场数据",
        Msg::MarketAsOf => "截至 {date}",
        Msg::ResetMarket => "使用快照数值",
        Msg::Rig => "矿机",
        Msg::Coin => "币种",
        Msg::Hashrate => "算力",
        Msg::HashUnitLabel => "算力单位",
        Msg::Power => "功耗",
        Msg::HardwareCost => "硬件成本",
        Msg::ElectricityPrice => "电价",
        Msg::Currency => "货币",
        Msg::PoolFee => "矿池费",
        Msg::Uptime => "运行时间占比",
        Msg::Overhead => "散热与电源额外功耗",
        Msg::CoinPrice => "币价",
        Msg::Difficulty => "全网难度",
        Msg::BlockHeight => "区块高度",
        Msg::BlockReward => "区块奖励",
        Msg::TxFees => "每个区块的交易手续费",
        Msg::BlockTime => "出块时间",
        Msg::WorkPerDifficulty => "每单位难度的工作量",
        Msg::HelpHardwareCost => "可选：用于计算回本时间。",
        Msg::HelpOverhead => "风扇、散热和电源损耗所需的额外电量。",
        Msg::HelpWorkPerDifficulty => {
            "难度为 1 时每个区块的预期哈希次数（比特币类区块链为 2^32）。"
        }
        Msg::RigGroupAsic => "ASIC 矿机",
        Msg::RigGroupGpu => "显卡",
        Msg::RigGroupCpu => "处理器",
        Msg::RigCustom => "自定义硬件",
        Msg::CoinCustom => "其他币种（输入其数据）",
        Msg::CoinNotMineable => "{name}（{ticker}）：无法挖矿",
        Msg::EthNote => {
            "Ethereum 已于 2022 年 9 月 15 日转为权益证明（proof of stake），无法再挖矿。原先挖 ETH 的 GPU 现在改挖 Ethereum Classic（ETC）。"
        }
        Msg::HintPreset => "规格表数据（{date}）· 修改算力或功耗即可覆盖",
        Msg::HintHeightToday => "今日预期高度：快照高度加上此后每个出块时间一个区块",
        Msg::HintEdited => "您的数值（{date} 快照：{value}）",
        Msg::HintRewardAuto => "按区块 {height} 的发行计划 · 修改即可覆盖",
        Msg::HintRigPrice => "新机典型价格：{price}（{date}，{source}）· 可改为您的价格",
        Msg::HintNoRigPrice => "此矿机没有典型价格：请输入您的价格以计算回本和回报率。",
        Msg::CoinSwitched => "{rig} 无法挖 {asked}：改为显示它可以挖的 {shown}。",
        Msg::GrowDifficulty => "估算今日难度",
        Msg::HelpGrowDifficulty => {
            "按“假设”中的每月难度增长，将市场数据中的难度推算到今天。这是估算，不是实测。"
        }
        Msg::HintGrown => "今日估算：{value} 按每月 {growth} % 增长 {days} 天（{date} 的数据）",
        Msg::HintFees => "留空：每个区块 {fees} {ticker}，为市场数据中的典型值",
        Msg::WarnDifficultyBelowMinimum => "低于该链的最低难度（1）：此结果不真实。",
        Msg::WarnDifficultyFarBelow => "比市场数据中的全网难度低 1000 倍以上：请检查此数值。",
        Msg::WarnHashrateAboveNetwork => "超过了全网算力：请检查算力和难度。",
        Msg::WarnPriceFar => "与市场数据中的币价相差 1000 倍以上：请检查此数值。",
        Msg::WarnFreePower => "未填写电价：按免费电力计算。",
        Msg::HintFromFeed => "来自本站市场数据，{date}，来源 {source} · 修改即可覆盖",
        Msg::HintBuiltin => "{date} 的内置快照 · 修改即可更新",
        Msg::HintConverted => "按 1 USD = {rate} {currency} 换算（{date}）",
        Msg::HeadlineData => "{date} 的市场数据 · {origin}",
        Msg::OriginFeed => "本站数据",
        Msg::OriginBuiltin => "内置快照",
        Msg::AgeNotice => {
            "这些市场数据已有 {days} 天。此后难度通常已经上升，因此今天的收益很可能低于显示值。请在“市场数据”中修改币价和难度，或请网站更新其数据。"
        }
        Msg::AgeOld => "基于旧数据（{date}）",
        Msg::FeedFailed => "无法使用本站的市场数据（{reason}）；显示 {date} 的内置快照。",
        Msg::FeedHttp => "服务器返回 HTTP {status}",
        Msg::FeedTimeout => "10 秒内无响应",
        Msg::FeedTooLarge => "超过 1 MB",
        Msg::FeedNetwork => "无法获取",
        Msg::FeedInvalid => "{error}",
        Msg::FeedCached => "离线：使用本站于 {date} 保存的市场数据。",
        Msg::ErrNoRate => "市场数据中没有 {currency} 的汇率：请以 {currency} 输入币价。",
        Msg::ViewHardware => "自有矿机",
        Msg::ProfitPerDay => "每日利润",
        Msg::PerMonthPerYear => "每月 {month} · 每年 {year}",
        Msg::BreakdownCaption => "每日、每月和每年",
        Msg::ColDay => "日",
        Msg::ColMonth => "月",
        Msg::ColYear => "年",
        Msg::RowCoins => "挖得 {ticker}",
        Msg::RowRevenue => "收入",
        Msg::RowPoolFee => "矿池费",
        Msg::RowElectricity => "电费",
        Msg::RowProfit => "利润",
        Msg::PeriodNote => "一个月按平均 30.4375 天计；一年按 365.25 天计。",
        Msg::HowAreTheseComputed => "这些是如何计算的？",
        Msg::HowIsThisComputed => "这是如何计算的？",
        Msg::FigBreakEvenElectricity => "盈亏平衡电价",
        Msg::FigBreakEvenCoin => "盈亏平衡币价",
        Msg::FigPayback => "回本时间",
        Msg::FigEfficiency => "能效比",
        Msg::FigHashprice => "算力价格",
        Msg::PerKwh => "每 kWh {price}",
        Msg::PerCoin => "每 {ticker} {price}",
        Msg::HashpriceValue => "每 {unit} 每天 {value}",
        Msg::PaybackAround => "约 {date}",
        Msg::PaybackNoCost => "请输入硬件成本",
        Msg::PaybackNever => "按今日数据永远无法回本",
        Msg::NoPowerDrawn => "不耗电，因此没有盈亏平衡电价。",
        Msg::NoCoinsMined => "扣除矿池费后没有剩余币，因此任何币价都无法达到盈亏平衡。",
        Msg::FormulaWork => "每个区块的工作量 = 难度 × 每单位难度的工作量",
        Msg::FormulaWorkNetwork => "每个区块的工作量 = 全网算力 × 出块时间",
        Msg::FormulaCoins => {
            "每日产币 = 算力 × 86400 s × （区块奖励 + 手续费）÷ 每个区块的工作量 × 运行时间占比"
        }
        Msg::FormulaRevenue => "收入 = 产币 × 币价",
        Msg::FormulaPoolFee => "矿池费 = 收入 × 矿池费率 %",
        Msg::FormulaElectricity => {
            "电费 = 功耗 × （1 + 额外功耗）× 24 h × 运行时间占比 × 每 kWh 电价"
        }
        Msg::FormulaProfit => "利润 = 收入 − 矿池费 − 电费",
        Msg::FormulaPeriods => "月 = 日 × {month}；年 = 日 × {year}。",
        Msg::FormulaBreakEvenElectricity => "盈亏平衡电价 = （收入 − 矿池费）÷ 每日耗电量",
        Msg::FormulaBreakEvenCoin => "盈亏平衡币价 = 电费 ÷ （产币 × 扣除矿池费后保留的比例）",
        Msg::FormulaPayback => "回本时间 = 硬件成本 ÷ 每日利润",
        Msg::FormulaEfficiency => "能效比 = 功耗 ÷ 算力",
        Msg::FormulaHashprice => "算力价格 = 满负荷运行时扣除矿池费前的每日收入 ÷ 算力",
        Msg::ChartTitle => "不同电价下的每日利润",
        Msg::ChartBreakEven => "盈亏平衡 {price}",
        Msg::ChartYou => "您：{price}",
        Msg::ChartSummary => {
            "电价为每 kWh {breakEven} 时，每日利润降为零。按您的电价 {price}，每日利润为 {profit}。"
        }
        Msg::GroupContract => "云算力合约",
        Msg::GroupAssumptions => "假设",
        Msg::Days => "时间跨度（天）",
        Msg::DifficultyGrowth => "每月难度增长",
        Msg::PriceChange => "每年币价变化",
        Msg::ElectricityPriceChange => "每年电价变化",
        Msg::HashrateDecay => "每年算力衰减",
        Msg::Tax => "利润税",
        Msg::Shutdown => "亏损时段关机",
        Msg::Resale => "期末转售价值",
        Msg::OffPeakHours => "每日谷电时长",
        Msg::OffPeakPrice => "谷电电价",
        Msg::ContractPrice => "合约价格",
        Msg::MaintenanceFee => "每日维护费",
        Msg::ContractDays => "合约期限（天）",
        Msg::HelpDays => "最多 3653 天（十年）。各项变化率按日复利计算。",
        Msg::HelpResale => "您能收回的硬件成本比例。",
        Msg::HelpOffPeak => "此时上面的电价即为峰电电价。",
        Msg::HelpContractPrice => "为上面的算力预先支付。",
        Msg::ViewCloud => "云算力合约",
        Msg::ViewCompare => "比较",
        Msg::OverTime => "随时间变化",
        Msg::FigProfitIn => "{days}内的利润",
        Msg::FigPaysBack => "回本日期",
        Msg::FigRoi => "回报率",
        Msg::NotWithin => "{days}内无法回本",
        Msg::ChartNetTitle => "扣除前期成本后的累计利润",
        Msg::ChartPaysBack => "{date} 回本",
        Msg::SummaryPaysBack => "于 {date} 回本。{days}后：{net}。",
        Msg::SummaryNever => "{days}内无法回本。{days}后：{net}。",
        Msg::SummaryNoCost => "{days}后的利润：{net}。输入硬件成本即可查看何时回本。",
        Msg::Halving => "减半",
        Msg::HalvingTitle => "{date} 减半：每个区块 {before} → {after} {ticker}",
        Msg::ProjectionNote => {
            "从 {date}（区块 {height}）起逐日计算，使用表单中的数据和假设。并非预测。"
        }
        Msg::DownloadCsv => "下载 CSV",
        Msg::CopyLink => "复制链接",
        Msg::LinkCopied => "链接已复制。",
        Msg::LinkInAddressBar => "链接已在地址栏中。",
        Msg::LinkNotCopied => "无法复制链接：浏览器拒绝了操作。链接已在地址栏中。",
        Msg::LinkField => "此计算的链接",
        Msg::CloudPrompt => "请输入合约价格，以评估租用上述算力。",
        Msg::CloudKpi => "合约净利润",
        Msg::OptSell => "合约，每日卖出挖得的币",
        Msg::OptHold => "合约，持币至期末",
        Msg::OptBuy => "第一天买入 {ticker} 并持有",
        Msg::OptHardware => "自有矿机",
        Msg::ColOption => "方案",
        Msg::ColProfit => "利润",
        Msg::Best => "最佳",
        Msg::EndedEarly => "当费用超过产出时，服务商于 {date} 终止合约。",
        Msg::CloudNote => {
            "使用上面的算力、矿池费和运行时间占比；电费由服务商承担。期末币价：{price}。"
        }
        Msg::ComparePrompt => "请输入硬件成本（要投入的资金）和合约价格以进行比较。",
        Msg::ComparePromptPrice => "请在“云算力合约”中输入合约价格以进行比较。",
        Msg::ComparePromptCost => "请输入硬件成本（要投入的资金）以进行比较。",
        Msg::CompareNote => {
            "每个方案都在 {date} 投入 {outlay}，并在 {days}后进行评估。合约按云算力合约每单位算力每日的价格获得 {hashrate}。每项最终利润均计税。"
        }
        Msg::BestAfter => "{days}后最佳",
        Msg::CompareChartTitle => "{days}后的利润",
        Msg::GroupRisk => "模拟",
        Msg::GroupPortfolio => "投资组合",
        Msg::PriceVolatility => "年化币价波动率",
        Msg::DifficultyVolatility => "年化难度波动率",
        Msg::Paths => "模拟情景数",
        Msg::Seed => "随机种子",
        Msg::Correlation => "币价之间的相关性",
        Msg::HelpVolatility => "币价一年内的典型波动幅度。留空：使用该币种的典型值。",
        Msg::HelpDifficultyVolatility => "全网难度增长的不均匀程度。",
        Msg::HelpSeed => "相同的种子得到相同的结果；更换种子可抽取其他情景。",
        Msg::HelpCorrelation => "1：所有币同步涨跌；0：各自独立。",
        Msg::ViewRisk => "风险",
        Msg::ViewMatters => "关键因素",
        Msg::ViewCoins => "挖哪种币",
        Msg::ViewPortfolio => "投资组合",
        Msg::HorizonYear => "一年",
        Msg::HorizonYears => "{n} 年",
        Msg::HorizonMonths => "{n} 个月",
        Msg::HorizonDays => "{n} 天",
        Msg::WaitYears => "{n} 年",
        Msg::RiskKpiPayback => "{horizon}内回本",
        Msg::KpiOf100 => "{k}/100",
        Msg::RiskPayback => "在 100 个模拟情景中，有 {k} 个情景下此矿机在{horizon}内回本。",
        Msg::RiskLoss => "在 100 个中有 {k} 个最终亏损（已计入硬件成本和转售）。",
        Msg::RiskNoCost => "请输入硬件成本以查看回本的概率。",
        Msg::RiskRange => {
            "{horizon}后，计入全部成本：典型情景为 {p50}；每 20 个中有 1 个不高于 {p5}，1 个不低于 {p95}。"
        }
        Msg::RiskMedianPayback => "半数情景在 {date} 前已回本。",
        Msg::RiskVolatility => {
            "年化币价波动率 {v} %（{source}）：大约每 3 年中有 2 年，年末币价相对其趋势的偏离在 {low} 到 {high} 之间。"
        }
        Msg::RiskVolDefault => "{coin} 的典型值",
        Msg::RiskVolYours => "您的设置",
        Msg::RiskEstimate => {
            "基于 {paths} 个模拟情景（种子 {seed}）的估算，并非预测。相同的种子得到相同的结果。"
        }
        Msg::Running => "正在模拟 {paths} 个情景…",
        Msg::RiskChartTitle => "模拟情景中的累计利润",
        Msg::LegendOuter => "100 个情景中的 90 个",
        Msg::LegendInner => "中间一半",
        Msg::LegendMedian => "中位数",
        Msg::RiskChartSummary => {
            "{horizon}后的累计利润：中位数 {p50}；100 个情景中有 90 个介于 {p5} 和 {p95} 之间。"
        }
        Msg::MattersTornado => "对每日利润影响最大的因素（每项输入 −{d} % 和 +{d} %）",
        Msg::MattersTornadoSummary => {
            "{input}影响最大：−{d} % 时每日利润为 {low}，+{d} % 时为 {high}（今日 {base}）。"
        }
        Msg::MattersNoChange => "无变化",
        Msg::MattersInput => "输入项",
        Msg::MattersHeat => "按电价和币价划分的每日利润",
        Msg::MattersHeatSummary => {
            "绿色格子表示盈利，红色格子表示亏损。按今日币价，电价不超过每 kWh {kwh} 即可盈利；按您的电价，币价至少需要 {coin}。您：每日 {profit}。"
        }
        Msg::MattersYou => "您",
        Msg::MattersProfit => "盈利",
        Msg::MattersLoss => "亏损",
        Msg::MattersBreakEven => "盈亏平衡",
        Msg::CoinsCaption => "此矿机可挖的所有币种，按收益从高到低排列（每日）",
        Msg::ColBreakEven => "每 kWh 盈亏平衡电价",
        Msg::CoinsYours => "您的选择",
        Msg::CoinsMerged => "Litecoin + Dogecoin（联合挖矿）",
        Msg::CoinsNote => "今日数据，每个币种按其快照计算；您输入的市场数据仅适用于 {coin}。",
        Msg::SoloTitle => "{coin} 单独挖矿（solo）",
        Msg::SoloSentence => {
            "单独挖矿时，此矿机大约每 {wait} 找到一个区块：一年内至少找到一个的概率为 {chance}。一个区块可得 {coins} {ticker}（{value}）。"
        }
        Msg::SoloCaption => "至少找到一个区块的概率",
        Msg::ColPeriod => "期间",
        Msg::ColBlocks => "预期区块数",
        Msg::ColChance => "概率",
        Msg::ColWeek => "周",
        Msg::SoloNote => "在矿池中您能获得稳定的份额；单独挖矿则在找到一个完整区块之前毫无收入。",
        Msg::PfIntro => {
            "添加您已拥有或计划购买的资产。每个持仓会单独模拟，也会合并模拟，币价的相关性按表单中的设置。"
        }
        Msg::PfKind => "持仓",
        Msg::PfRig => "矿机",
        Msg::PfContract => "云算力合约",
        Msg::PfHold => "持有的币",
        Msg::PfInvested => "投入金额",
        Msg::PfAdd => "添加持仓",
        Msg::PfRemove => "移除",
        Msg::PfFormRig => "您的矿机（表单）",
        Msg::PfCombined => "全部合计",
        Msg::PfCaption => "{horizon}后的最终利润，分别计算及合并计算",
        Msg::ColLoss => "亏损概率",
        Msg::ColTypical => "典型值",
        Msg::ColRange => "100 个中 90 个介于",
        Msg::PfVar => {
            "在最差的 1/20 情景中，整个投资组合亏损 {together} 或更多；各持仓的最差情况相加为 {separate}。"
        }
        Msg::PfNoVar => "即使在最差的 1/20 情景中，整个投资组合也不会亏钱。",
        Msg::PfNote => "基于 {paths} 个模拟情景（种子 {seed}，币价相关性 {rho}）的估算，并非预测。",
        Msg::ErrRequired => "请输入数值。",
        Msg::ErrNumber => "请输入数字，例如 0.12 或 3500。",
        Msg::ErrRange => "允许的值：{expected}（您输入的是 {got}）。",
        Msg::ErrUnit => "未知单位：请使用 {units}。",
        Msg::ErrUnknownRig => "未知矿机“{got}”：请从列表中选择。",
        Msg::ErrUnknownCoin => "未知币种“{got}”：请从列表中选择。",
        Msg::ErrOverflow => "该数值过大，无法计算。",
        Msg::ErrPriceInUsd => "快照中的价格以美元计价：请以 {currency} 输入币价。",
        Msg::ErrCurrency => "请使用 ISO 4217 货币代码，例如 USD 或 EUR。",
        Msg::RangeBetween => "{min} 到 {max} 之间",
        Msg::RangeAtLeast => "至少 {min}",
        Msg::RangeAtMost => "至多 {max}",
        Msg::RangeNonNegative => "0 或以上",
        Msg::RangePositive => "大于 0",
        Msg::RangeWhole => "{min} 到 {max} 之间的整数",
        Msg::SkipToResults => "跳到结果",
        Msg::LanguageLabel => "语言",
        Msg::HomeMiner => "家用矿机",
        Msg::LoadingView => "正在加载…",
        Msg::LoadFailed => "无法加载计算器的这一部分。请检查网络连接，然后重新打开。",
        Msg::ShowProjection => "显示随时间的预测",
        Msg::ProjectionTeaser => "回本时间、减半和难度增长，按天计算。",
        Msg::LiveError => "{field}：{message}",
        Msg::RiskKpiRunning => "{horizon}后运行利润为正",
        Msg::RiskKpiRunningLoss => "{horizon}后运行亏损",
        Msg::RiskKpiOff => "{horizon}内大部分时间处于关机",
        Msg::RiskRunningProfit => {
            "未填写硬件成本时，这里衡量的是运行利润（收入减去矿池费和电费）：在 100 个模拟情景中，有 {k} 个在{horizon}后利润为正。填写硬件成本即可看到回本情况。"
        }
        Msg::RiskRunningLoss => {
            "未填写硬件成本时，这里衡量的是运行利润（收入减去矿池费和电费）：在 100 个模拟情景中，有 {k} 个在{horizon}后为亏损。填写硬件成本即可看到回本情况。"
        }
        Msg::RiskSwitchedOff => {
            "在{horizon}内，矿机大部分时间都会亏钱，因此亏损时关机让它在大多数情景中保持关机（100 个中有 {k} 个）：平均只在 {share} 的天数运行。累计利润接近零是因为它关着，而不是因为它赚钱。"
        }
        Msg::CoinsBest => "按您的电价，这台矿机挖 {coin} 收益最高：每天 {profit}。",
        Msg::CoinsBestOther => "您选择的 {chosen} 每天收益 {profit}。",
        Msg::CoinsNonePays => {
            "电价为每 kWh {price} 时没有币种能盈利：最好的 {coin} 每天 {profit}。电价低于每 kWh {breakEven} 时挖矿开始盈利（{beCoin}）。"
        }
        Msg::CoinsNoCoin => "这台矿机不能挖表中的任何币种。",
        Msg::PfJointNote => {
            "有多个币种时，每个持仓会与其他价格一起抽样，因此这里矿机的数字与“风险”页略有不同；只有一台矿机时两者完全一致。"
        }
        Msg::RiskOffNote => {
            "在 100 个情景中有 {k} 个，亏损时关机让矿机在大多数天数保持关机：平均只在其中 {share} 的天数运行。"
        }
        Msg::ContractHashrate => "合约算力",
        Msg::FeeBasis => "维护费报价方式",
        Msg::FeeOptionPerUnit => "每 {unit} 每天",
        Msg::FeeOptionWhole => "每天，整份合约",
        Msg::CloudSold => "币每日卖出",
        Msg::CloudKept => "币持有到期",
        Msg::CloudFlatBetter => {
            "在 {ticker} 价格不变时，合约（{option}）赚 {net}；用 {price} 买入的 {ticker} 到期时仍值 {price}，所以合约多赚 {net}。"
        }
        Msg::CloudFlatWorse => {
            "在 {ticker} 价格不变时，合约（{option}）亏 {loss}；用 {price} 买入的 {ticker} 到期时仍值 {price}，所以买入 {ticker} 或者保留现金要好 {loss}。"
        }
        Msg::CloudFlatEven => {
            "在 {ticker} 价格不变时，合约（{option}）刚好收回 {price}，与用 {price} 买入 {ticker} 相同。"
        }
        Msg::CloudFlatNote => {
            "币价假定不变（“假设”中每年 0 %），因此持有 {ticker} 既不赚也不亏。在那里设置价格变化，即可与上涨或下跌的价格比较。"
        }
        Msg::CloudBetter => {
            "合约（{option}）最终为 {best}，比用 {price} 买入 {ticker} 并持有（{buy}）好 {diff}。"
        }
        Msg::CloudWorse => {
            "用 {price} 买入 {ticker} 并持有最终为 {buy}，比合约（{option}，{best}）好 {diff}。"
        }
        Msg::CloudSame => "合约（{option}）与用 {price} 买入 {ticker} 结果相同：{best}。",
        Msg::CloudPathNote => "币价每年变化 {change}（见“假设”）：今天 {start}，到期 {end}。",
        Msg::CloudExampleUnit => {
            "计算示例：{price} 购买 {hashrate}，为期 {days}，维护费每 {unit} 每天 {unitFee}。维护费为 {hashrate} × {unitFee} = 每天 {fee}。在 {daysRun} 内，合约扣除矿池费后挖得 {coins} {ticker}，逐日卖出得 {revenue}，维护费共 {fees}：{revenue} − {fees} − {price} = {net}。"
        }
        Msg::CloudExampleWhole => {
            "计算示例：{price} 购买 {hashrate}，为期 {days}，整份合约维护费每天 {fee}（每 {unit} 每天 {unitFee}）。在 {daysRun} 内，合约扣除矿池费后挖得 {coins} {ticker}，逐日卖出得 {revenue}，维护费共 {fees}：{revenue} − {fees} − {price} = {net}。"
        }
    }
}
