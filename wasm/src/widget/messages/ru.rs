//! Russian messages (same keys and placeholders as `en.rs`).

use super::Msg;

pub(super) fn text(m: Msg) -> &'static str {
    match m {
        Msg::Title => "Калькулятор майнинга",
        Msg::TabsLabel => "Разделы",
        Msg::Footer => {
            "Оценка по сегодняшним данным, а не прогноз и не финансовая рекомендация. Рыночные данные: {source}."
        }
        Msg::StaleNote => "Исправьте отмеченное поле, чтобы обновить результаты.",
        Msg::GroupHardware => "Оборудование",
        Msg::GroupCosts => "Затраты",
        Msg::GroupMarket => "Рыночные данные",
        Msg::MarketAsOf => "на {date}",
        Msg::ResetMarket => "Вернуть значения из снимка",
        Msg::Rig => "Устройство",
        Msg::Coin => "Монета",
        Msg::Hashrate => "Хешрейт",
        Msg::HashUnitLabel => "Единица хешрейта",
        Msg::Power => "Потребляемая мощность",
        Msg::HardwareCost => "Стоимость оборудования",
        Msg::ElectricityPrice => "Цена электроэнергии",
        Msg::Currency => "Валюта",
        Msg::PoolFee => "Комиссия пула",
        Msg::Uptime => "Время работы",
        Msg::Overhead => "Доп. расход на охлаждение и блок питания",
        Msg::CoinPrice => "Курс монеты",
        Msg::Difficulty => "Сложность сети",
        Msg::BlockHeight => "Высота блока",
        Msg::BlockReward => "Награда за блок",
        Msg::TxFees => "Комиссии за транзакции в блоке",
        Msg::BlockTime => "Время блока",
        Msg::WorkPerDifficulty => "Работа на единицу сложности",
        Msg::HelpHardwareCost => "Необязательно: даёт срок окупаемости.",
        Msg::HelpOverhead => {
            "Дополнительная энергия на вентиляторы, охлаждение и потери блока питания."
        }
        Msg::HelpWorkPerDifficulty => {
            "Ожидаемое число хешей на блок при сложности 1 (2^32 для блокчейнов по образцу Bitcoin)."
        }
        Msg::RigGroupAsic => "ASIC-майнеры",
        Msg::RigGroupGpu => "Видеокарты",
        Msg::RigGroupCpu => "Процессоры",
        Msg::RigCustom => "Своё оборудование",
        Msg::CoinCustom => "Другая монета (введите её данные)",
        Msg::CoinNotMineable => "{name} ({ticker}): майнинг невозможен",
        Msg::EthNote => {
            "Ethereum перешёл на доказательство доли владения (proof of stake) 15 сентября 2022 года, и майнить его больше нельзя. GPU, которые майнили его, теперь майнят Ethereum Classic (ETC)."
        }
        Msg::HintPreset => {
            "Паспортные данные ({date}) · измените хешрейт или мощность, чтобы задать свои"
        }
        Msg::HintHeightToday => {
            "Ожидаемая на сегодня: высота из снимка плюс один блок за каждое время блока с тех пор"
        }
        Msg::HintEdited => "Ваше значение (снимок от {date}: {value})",
        Msg::HintRewardAuto => "По графику эмиссии на блоке {height} · измените, чтобы задать своё",
        Msg::HintRigPrice => {
            "Типичная цена нового устройства: {price} ({date}, {source}) · замените на свою"
        }
        Msg::HintNoRigPrice => {
            "Для этого устройства нет типичной цены: введите свою, чтобы увидеть окупаемость и доходность."
        }
        Msg::CoinSwitched => {
            "{rig} не может майнить {asked}: показана монета {shown}, которую это устройство может майнить."
        }
        Msg::GrowDifficulty => "Оценить сегодняшнюю сложность",
        Msg::HelpGrowDifficulty => {
            "Доводит сложность из рыночных данных до сегодняшнего дня с ростом сложности в месяц из раздела «Допущения». Это оценка, а не измерение."
        }
        Msg::HintGrown => {
            "Оценка на сегодня: {value} с ростом {growth} % в месяц в течение {days} дн. (данные от {date})"
        }
        Msg::HintFees => "Пусто: {fees} {ticker} за блок, типичное значение по рыночным данным",
        Msg::WarnDifficultyBelowMinimum => {
            "Ниже минимальной сложности блокчейна (1): этот результат нереален."
        }
        Msg::WarnDifficultyFarBelow => {
            "Более чем в 1000 раз ниже сложности сети по рыночным данным: проверьте это значение."
        }
        Msg::WarnHashrateAboveNetwork => {
            "Больше хешрейта всей сети: проверьте хешрейт и сложность."
        }
        Msg::WarnPriceFar => {
            "Отличается от курса в рыночных данных более чем в 1000 раз: проверьте это значение."
        }
        Msg::WarnFreePower => {
            "Цена электроэнергии не указана: электроэнергия считается бесплатной."
        }
        Msg::HintFromFeed => {
            "Из рыночных данных этого сайта, {date}, источник {source} · измените, чтобы задать своё"
        }
        Msg::HintBuiltin => "Встроенный снимок от {date} · измените, чтобы обновить",
        Msg::HintConverted => "Пересчитано по курсу 1 USD = {rate} {currency} ({date})",
        Msg::HeadlineData => "Рыночные данные от {date} · {origin}",
        Msg::OriginFeed => "данные этого сайта",
        Msg::OriginBuiltin => "встроенный снимок",
        Msg::AgeNotice => {
            "Возраст этих рыночных данных — {days} дн. Сложность с тех пор обычно выросла, поэтому сегодняшний доход, скорее всего, ниже показанного. Измените курс монеты и сложность в разделе «Рыночные данные» или попросите сайт обновить данные."
        }
        Msg::AgeOld => "По устаревшим данным ({date})",
        Msg::FeedFailed => {
            "Рыночные данные этого сайта использовать не удалось ({reason}); показан встроенный снимок от {date}."
        }
        Msg::FeedHttp => "сервер ответил HTTP {status}",
        Msg::FeedTimeout => "нет ответа в течение 10 секунд",
        Msg::FeedTooLarge => "больше 1 МБ",
        Msg::FeedNetwork => "их не удалось загрузить",
        Msg::FeedInvalid => "{error}",
        Msg::FeedCached => "Офлайн: используются рыночные данные этого сайта, сохранённые {date}.",
        Msg::ErrNoRate => {
            "В рыночных данных нет обменного курса для {currency}: введите курс монеты в {currency}."
        }
        Msg::ViewHardware => "Своё оборудование",
        Msg::ProfitPerDay => "Прибыль в день",
        Msg::PerMonthPerYear => "{month} в месяц · {year} в год",
        Msg::BreakdownCaption => "За день, месяц и год",
        Msg::ColDay => "День",
        Msg::ColMonth => "Месяц",
        Msg::ColYear => "Год",
        Msg::RowCoins => "Добыто {ticker}",
        Msg::RowRevenue => "Доход",
        Msg::RowPoolFee => "Комиссия пула",
        Msg::RowElectricity => "Электроэнергия",
        Msg::RowProfit => "Прибыль",
        Msg::PeriodNote => "Месяц — это средний месяц из 30,4375 дня; год — 365,25 дня.",
        Msg::HowAreTheseComputed => "Как это рассчитано?",
        Msg::HowIsThisComputed => "Как это рассчитано?",
        Msg::FigBreakEvenElectricity => "Цена электроэнергии для безубыточности",
        Msg::FigBreakEvenCoin => "Курс монеты для безубыточности",
        Msg::FigPayback => "Окупаемость",
        Msg::FigEfficiency => "Энергоэффективность",
        Msg::FigHashprice => "Хешпрайс",
        Msg::PerKwh => "{price} за kWh",
        Msg::PerCoin => "{price} за {ticker}",
        Msg::HashpriceValue => "{value} за {unit} в день",
        Msg::PaybackAround => "примерно {date}",
        Msg::PaybackNoCost => "Введите стоимость оборудования",
        Msg::PaybackNever => "Никогда при сегодняшних данных",
        Msg::NoPowerDrawn => "Электроэнергия не потребляется, поэтому цены безубыточности нет.",
        Msg::NoCoinsMined => {
            "После комиссии пула не остаётся монет, поэтому безубыточность недостижима при любом курсе."
        }
        Msg::FormulaWork => "Работа на блок = сложность × работа на единицу сложности",
        Msg::FormulaWorkNetwork => "Работа на блок = хешрейт сети × время блока",
        Msg::FormulaCoins => {
            "Монет в день = хешрейт × 86 400 s × (награда за блок + комиссии) ÷ работа на блок × время работы"
        }
        Msg::FormulaRevenue => "Доход = монеты × курс монеты",
        Msg::FormulaPoolFee => "Комиссия пула = доход × комиссия пула в %",
        Msg::FormulaElectricity => {
            "Электроэнергия = мощность × (1 + доп. расход) × 24 h × время работы × цена за kWh"
        }
        Msg::FormulaProfit => "Прибыль = доход − комиссия пула − электроэнергия",
        Msg::FormulaPeriods => "Месяц = день × {month}; год = день × {year}.",
        Msg::FormulaBreakEvenElectricity => {
            "Цена безубыточности = (доход − комиссия пула) ÷ энергия в день"
        }
        Msg::FormulaBreakEvenCoin => {
            "Курс безубыточности = электроэнергия ÷ (монеты × доля, остающаяся после комиссии пула)"
        }
        Msg::FormulaPayback => "Окупаемость = стоимость оборудования ÷ прибыль в день",
        Msg::FormulaEfficiency => "Энергоэффективность = мощность ÷ хешрейт",
        Msg::FormulaHashprice => {
            "Хешпрайс = доход в день при непрерывной работе до комиссии пула ÷ хешрейт"
        }
        Msg::ChartTitle => "Прибыль в день при других ценах на электроэнергию",
        Msg::ChartBreakEven => "безубыточность {price}",
        Msg::ChartYou => "вы: {price}",
        Msg::ChartSummary => {
            "Прибыль в день падает до нуля при цене электроэнергии {breakEven} за kWh. При вашей цене {price} она составляет {profit}."
        }
        Msg::GroupContract => "Облачный контракт",
        Msg::GroupAssumptions => "Допущения",
        Msg::Days => "Горизонт (дней)",
        Msg::DifficultyGrowth => "Рост сложности в месяц",
        Msg::PriceChange => "Изменение курса монеты в год",
        Msg::ElectricityPriceChange => "Изменение цены электроэнергии в год",
        Msg::HashrateDecay => "Потеря хешрейта в год",
        Msg::Tax => "Налог на прибыль",
        Msg::Shutdown => "Отключать в убыточные часы",
        Msg::Resale => "Остаточная стоимость при продаже в конце",
        Msg::OffPeakHours => "Часы ночного тарифа в день",
        Msg::OffPeakPrice => "Цена электроэнергии по ночному тарифу",
        Msg::ContractPrice => "Цена контракта",
        Msg::MaintenanceFee => "Плата за обслуживание в день",
        Msg::ContractDays => "Срок контракта (дней)",
        Msg::HelpDays => {
            "До 3653 (десять лет). Темпы изменения начисляются ежедневно по сложному проценту."
        }
        Msg::HelpResale => "Доля стоимости оборудования, которую вы вернёте.",
        Msg::HelpOffPeak => "Цена электроэнергии выше тогда считается пиковой.",
        Msg::HelpContractPrice => "Оплачивается заранее за хешрейт, указанный выше.",
        Msg::ViewCloud => "Облачный контракт",
        Msg::ViewCompare => "Сравнение",
        Msg::OverTime => "Во времени",
        Msg::FigProfitIn => "Прибыль за {days}",
        Msg::FigPaysBack => "Окупится",
        Msg::FigRoi => "Доходность",
        Msg::NotWithin => "Не окупится за {days}",
        Msg::ChartNetTitle => "Накопленная прибыль за вычетом начальных затрат",
        Msg::ChartPaysBack => "окупится {date}",
        Msg::SummaryPaysBack => "Окупится {date}. Итог за {days}: {net}.",
        Msg::SummaryNever => "Не окупится за {days}. Итог за {days}: {net}.",
        Msg::SummaryNoCost => {
            "Прибыль за {days}: {net}. Введите стоимость оборудования, чтобы увидеть, когда оно окупится."
        }
        Msg::Halving => "халвинг",
        Msg::HalvingTitle => "Халвинг {date}: {before} → {after} {ticker} за блок",
        Msg::ProjectionNote => {
            "По дням начиная с {date} с блока {height}, с данными и допущениями из формы. Это не прогноз."
        }
        Msg::DownloadCsv => "Скачать CSV",
        Msg::CopyLink => "Копировать ссылку",
        Msg::LinkCopied => "Ссылка скопирована.",
        Msg::LinkInAddressBar => "Ссылка находится в адресной строке.",
        Msg::LinkNotCopied => {
            "Не удалось скопировать ссылку: браузер отказал. Она находится в адресной строке."
        }
        Msg::LinkField => "Ссылка на этот расчёт",
        Msg::CloudPrompt => {
            "Введите цену контракта, чтобы оценить аренду указанного выше хешрейта."
        }
        Msg::CloudKpi => "Чистая прибыль по контракту",
        Msg::OptSell => "Контракт, монеты продаются ежедневно",
        Msg::OptHold => "Контракт, монеты хранятся до конца",
        Msg::OptBuy => "Купить {ticker} в первый день и держать",
        Msg::OptHardware => "Своё оборудование",
        Msg::ColOption => "Вариант",
        Msg::ColProfit => "Прибыль",
        Msg::Best => "лучший",
        Msg::EndedEarly => "Провайдер прекращает контракт {date}, когда плата превышает добычу.",
        Msg::CloudNote => {
            "Используются указанные выше хешрейт, комиссия пула и время работы; электроэнергию оплачивает провайдер. Курс монеты в конце: {price}."
        }
        Msg::ComparePrompt => {
            "Введите стоимость оборудования (сумму, которую вы тратите) и цену контракта, чтобы сравнить."
        }
        Msg::CompareNote => {
            "Каждый вариант тратит {outlay} {date}, итог оценивается за {days}. Контракт получает {hashrate} по цене облачного контракта за единицу хешрейта в день. Налог применяется к каждой итоговой прибыли."
        }
        Msg::BestAfter => "Лучший за {days}",
        Msg::CompareChartTitle => "Прибыль за {days}",
        Msg::GroupRisk => "Моделирование",
        Msg::GroupPortfolio => "Портфель",
        Msg::PriceVolatility => "Волатильность курса в год",
        Msg::DifficultyVolatility => "Волатильность сложности в год",
        Msg::Paths => "Смоделированные сценарии",
        Msg::Seed => "Сид генератора",
        Msg::Correlation => "Корреляция курсов монет",
        Msg::HelpVolatility => {
            "Насколько сильно обычно колеблется курс за год. Пусто: типичное значение для монеты."
        }
        Msg::HelpDifficultyVolatility => "Насколько неравномерно растёт сложность сети.",
        Msg::HelpSeed => {
            "Один и тот же сид даёт один и тот же результат; измените его, чтобы получить другие сценарии."
        }
        Msg::HelpCorrelation => "1: все монеты движутся синхронно; 0: каждая сама по себе.",
        Msg::ViewRisk => "Риск",
        Msg::ViewMatters => "Что важно",
        Msg::ViewCoins => "Какая монета",
        Msg::ViewPortfolio => "Портфель",
        Msg::HorizonYear => "год",
        Msg::HorizonYears => "{n} г.",
        Msg::HorizonMonths => "{n} мес.",
        Msg::HorizonDays => "{n} дн.",
        Msg::WaitYears => "{n} г.",
        Msg::RiskKpiPayback => "Окупается за {horizon}",
        Msg::KpiOf100 => "{k} из 100",
        Msg::RiskPayback => {
            "В {k} из 100 смоделированных сценариев это устройство окупается за {horizon}."
        }
        Msg::RiskLoss => {
            "В {k} из 100 итог — убыток с учётом стоимости оборудования и перепродажи."
        }
        Msg::RiskNoCost => "Введите стоимость оборудования, чтобы увидеть вероятность окупаемости.",
        Msg::RiskRange => {
            "Через {horizon}, с учётом всех затрат: {p50} в типичном сценарии; 1 из 20 заканчивается ниже {p5}, 1 из 20 — выше {p95}."
        }
        Msg::RiskMedianPayback => "Половина сценариев окупается к {date}.",
        Msg::RiskVolatility => {
            "Волатильность курса {v} % в год ({source}): примерно в 2 годах из 3 курс к концу года отклоняется от своего тренда в пределах от {low} до {high}."
        }
        Msg::RiskVolDefault => "типичная для {coin}",
        Msg::RiskVolYours => "ваша настройка",
        Msg::RiskEstimate => {
            "Оценка по {paths} смоделированным сценариям с сидом {seed}, а не прогноз. Один и тот же сид даёт один и тот же результат."
        }
        Msg::Running => "Моделирование сценариев: {paths}…",
        Msg::RiskChartTitle => "Накопленная прибыль в смоделированных сценариях",
        Msg::LegendOuter => "90 из 100 сценариев",
        Msg::LegendInner => "средняя половина",
        Msg::LegendMedian => "медиана",
        Msg::RiskChartSummary => {
            "Накопленная прибыль через {horizon}: медиана {p50}; 90 из 100 сценариев — от {p5} до {p95}."
        }
        Msg::MattersTornado => {
            "Что сильнее всего влияет на прибыль в день (каждый параметр −{d} % и +{d} %)"
        }
        Msg::MattersTornadoSummary => {
            "Важнее всего {input}: при −{d} % прибыль в день составляет {low}, при +{d} % — {high} (сегодня {base})."
        }
        Msg::MattersInput => "Параметр",
        Msg::MattersHeat => "Прибыль в день в зависимости от цены электроэнергии и курса монеты",
        Msg::MattersHeatSummary => {
            "Зелёные ячейки — прибыль, красные — убыток. При сегодняшнем курсе электроэнергия окупается до {kwh} за kWh; при вашей цене электроэнергии монета должна стоить не меньше {coin}. Вы: {profit} в день."
        }
        Msg::MattersYou => "вы",
        Msg::MattersProfit => "прибыль",
        Msg::MattersLoss => "убыток",
        Msg::MattersBreakEven => "безубыточность",
        Msg::CoinsCaption => {
            "Все монеты, которые может майнить это устройство, от лучшей к худшей (в день)"
        }
        Msg::ColBreakEven => "Порог за kWh",
        Msg::CoinsYours => "ваш выбор",
        Msg::CoinsMerged => "Litecoin + Dogecoin (совместный майнинг)",
        Msg::CoinsNote => {
            "Сегодняшние данные, каждая монета по своему снимку; ваши рыночные данные относятся только к {coin}."
        }
        Msg::SoloTitle => "Соло-майнинг {coin}",
        Msg::SoloSentence => {
            "Майня в одиночку, это устройство находило бы блок примерно раз в {wait}: вероятность {chance} найти хотя бы один за год. Один блок приносит {coins} {ticker} ({value})."
        }
        Msg::SoloCaption => "Вероятность найти хотя бы один блок",
        Msg::ColPeriod => "Период",
        Msg::ColBlocks => "Ожидаемое число блоков",
        Msg::ColChance => "Вероятность",
        Msg::ColWeek => "Неделя",
        Msg::SoloNote => {
            "В пуле вы получаете стабильную долю; в одиночку вы ничего не зарабатываете, пока не найдёте целый блок."
        }
        Msg::PfIntro => {
            "Добавьте то, что у вас есть или что вы планируете купить. Каждая позиция моделируется отдельно и все вместе, с корреляцией курсов монет, заданной в форме."
        }
        Msg::PfKind => "Позиция",
        Msg::PfRig => "Устройство",
        Msg::PfContract => "Облачный контракт",
        Msg::PfHold => "Монеты на руках",
        Msg::PfInvested => "Вложенная сумма",
        Msg::PfAdd => "Добавить позицию",
        Msg::PfRemove => "Удалить",
        Msg::PfFormRig => "Ваше устройство (форма)",
        Msg::PfCombined => "Всё вместе",
        Msg::PfCaption => "Итоговая прибыль через {horizon}, по отдельности и всё вместе",
        Msg::ColLoss => "Вероятность убытка",
        Msg::ColTypical => "Типично",
        Msg::ColRange => "90 из 100 в пределах",
        Msg::PfVar => {
            "В худших 1 из 20 сценариев весь портфель теряет {together} или больше; худшие случаи позиций в сумме дают {separate}."
        }
        Msg::PfNoVar => "Даже в худших 1 из 20 сценариев весь портфель не теряет денег.",
        Msg::PfNote => {
            "Оценка по {paths} смоделированным сценариям с сидом {seed} и корреляцией курсов {rho}, а не прогноз."
        }
        Msg::ErrRequired => "Введите значение.",
        Msg::ErrNumber => "Введите число, например 0,12 или 3500.",
        Msg::ErrRange => "Допустимо {expected} (вы ввели {got}).",
        Msg::ErrUnit => "Неизвестная единица: используйте {units}.",
        Msg::ErrUnknownRig => "Неизвестное устройство «{got}»: выберите из списка.",
        Msg::ErrUnknownCoin => "Неизвестная монета «{got}»: выберите из списка.",
        Msg::ErrOverflow => "Это значение слишком велико для расчёта.",
        Msg::ErrPriceInUsd => {
            "Курс в снимке указан в долларах США: введите курс монеты в {currency}."
        }
        Msg::ErrCurrency => "Используйте код валюты ISO 4217, например USD или EUR.",
        Msg::RangeBetween => "от {min} до {max}",
        Msg::RangeAtLeast => "не меньше {min}",
        Msg::RangeAtMost => "не больше {max}",
        Msg::RangeNonNegative => "0 или больше",
        Msg::RangePositive => "больше 0",
        Msg::RangeWhole => "целое число от {min} до {max}",
        Msg::SkipToResults => "Перейти к результатам",
        Msg::LanguageLabel => "Язык",
        Msg::HomeMiner => "домашний майнер",
        Msg::LiveError => "{field}: {message}",
        Msg::RiskKpiRunning => "Операционная прибыль выше нуля через {horizon}",
        Msg::RiskKpiRunningLoss => "Работа в убыток через {horizon}",
        Msg::RiskKpiOff => "Большую часть времени выключен за {horizon}",
        Msg::RiskRunningProfit => {
            "Без стоимости оборудования здесь считается операционная прибыль (доход минус комиссия пула и электричество): в {k} из 100 смоделированных сценариев она выше нуля через {horizon}. Введите стоимость оборудования, чтобы увидеть окупаемость."
        }
        Msg::RiskRunningLoss => {
            "Без стоимости оборудования здесь считается операционная прибыль (доход минус комиссия пула и электричество): в {k} из 100 смоделированных сценариев это убыток через {horizon}. Введите стоимость оборудования, чтобы увидеть окупаемость."
        }
        Msg::RiskSwitchedOff => {
            "За {horizon} устройство теряло бы деньги большую часть часов, поэтому автоотключение держит его выключенным в большинстве сценариев ({k} из 100): в среднем оно работает {share} дней. Накопленная прибыль остаётся около нуля, потому что оно выключено, а не потому, что окупается."
        }
        Msg::CoinsBest => {
            "{coin} выгоднее всего с этим устройством при вашей цене электричества: {profit} в день."
        }
        Msg::CoinsBestOther => "Ваш выбор, {chosen}, даёт {profit} в день.",
        Msg::CoinsNonePays => {
            "Ни одна монета не окупается при {price} за kWh: лучшая, {coin}, даёт {profit} в день. Майнинг начинает окупаться ниже {breakEven} за kWh ({beCoin})."
        }
        Msg::CoinsNoCoin => "Это устройство не майнит ни одну из монет таблицы.",
        Msg::PfJointNote => {
            "При нескольких монетах каждая позиция моделируется вместе с другими ценами, поэтому цифры устройства здесь немного отличаются от вкладки «Риск»; одно устройство совпадает с ней точно."
        }
        Msg::RiskOffNote => {
            "В {k} из 100 сценариев автоотключение держит устройство выключенным большую часть дней: в среднем оно работает {share} из них."
        }
        Msg::ContractHashrate => "Арендованный хешрейт",
        Msg::FeeBasis => "Плата за обслуживание указана",
        Msg::FeeOptionPerUnit => "за {unit} в день",
        Msg::FeeOptionWhole => "в день за весь контракт",
        Msg::CloudSold => "монеты продаются ежедневно",
        Msg::CloudKept => "монеты хранятся до конца",
        Msg::CloudFlatBetter => {
            "При неизменной цене {ticker} контракт ({option}) приносит {net}; {ticker}, купленный за {price}, в конце по-прежнему стоил бы {price}, так что контракт выгоднее на {net}."
        }
        Msg::CloudFlatWorse => {
            "При неизменной цене {ticker} контракт ({option}) теряет {loss}; {ticker}, купленный за {price}, в конце по-прежнему стоил бы {price}, так что покупка {ticker} или просто сохранение денег выгоднее на {loss}."
        }
        Msg::CloudFlatEven => {
            "При неизменной цене {ticker} контракт ({option}) лишь возвращает свои {price}, как и {ticker}, купленный за {price}."
        }
        Msg::CloudFlatNote => {
            "Цена монеты считается неизменной (0 % в год, в разделе «Допущения»), поэтому хранение {ticker} не даёт ни прибыли, ни убытка. Задайте там изменение цены, чтобы сравнить с растущей или падающей ценой."
        }
        Msg::CloudBetter => {
            "Контракт ({option}) заканчивается на {best}, на {diff} лучше, чем купить {ticker} за {price} и держать ({buy})."
        }
        Msg::CloudWorse => {
            "Купить {ticker} за {price} и держать — это {buy} в конце, на {diff} лучше контракта ({option}, {best})."
        }
        Msg::CloudSame => {
            "Контракт ({option}) и покупка {ticker} за {price} заканчиваются одинаково: {best}."
        }
        Msg::CloudPathNote => {
            "Цена монеты меняется на {change} в год (в разделе «Допущения»): {start} сегодня, {end} в конце срока."
        }
        Msg::CloudExampleUnit => {
            "Пример расчёта: {price} за {hashrate} на {days} при {unitFee} за {unit} в день. Плата составляет {hashrate} × {unitFee} = {fee} в день. За {daysRun} контракт добывает {coins} {ticker} после комиссии пула, продаваемых ежедневно за {revenue}, а плата составляет {fees}: {revenue} − {fees} − {price} = {net}."
        }
        Msg::CloudExampleWhole => {
            "Пример расчёта: {price} за {hashrate} на {days} при {fee} в день за весь контракт ({unitFee} за {unit} в день). За {daysRun} контракт добывает {coins} {ticker} после комиссии пула, продаваемых ежедневно за {revenue}, а плата составляет {fees}: {revenue} − {fees} − {price} = {net}."
        }
    }
}
