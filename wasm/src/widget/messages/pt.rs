//! Portuguese (Brazilian) messages (same keys and placeholders as `en.rs`).

use super::Msg;

pub(super) fn text(m: Msg) -> &'static str {
    match m {
        Msg::Title => "Calculadora de mineração",
        Msg::TabsLabel => "Visualizações",
        Msg::Footer => {
            "Estimativas com os números de hoje, não uma previsão nem aconselhamento financeiro. Dados de mercado: {source}."
        }
        Msg::StaleNote => "Corrija o campo marcado para atualizar os resultados.",
        Msg::GroupHardware => "Hardware",
        Msg::GroupCosts => "Custos",
        Msg::GroupMarket => "Dados de mercado",
        Msg::MarketAsOf => "em {date}",
        Msg::ResetMarket => "Usar os valores do instantâneo",
        Msg::Rig => "Equipamento",
        Msg::Coin => "Moeda",
        Msg::Hashrate => "Taxa de hash",
        Msg::HashUnitLabel => "Unidade da taxa de hash",
        Msg::Power => "Consumo de energia",
        Msg::HardwareCost => "Custo do hardware",
        Msg::ElectricityPrice => "Preço da eletricidade",
        Msg::Currency => "Moeda de cotação",
        Msg::PoolFee => "Taxa da pool",
        Msg::Uptime => "Tempo em operação",
        Msg::Overhead => "Consumo extra de refrigeração e fonte",
        Msg::CoinPrice => "Preço da moeda",
        Msg::Difficulty => "Dificuldade da rede",
        Msg::BlockHeight => "Altura do bloco",
        Msg::BlockReward => "Recompensa por bloco",
        Msg::TxFees => "Taxas de transação por bloco",
        Msg::BlockTime => "Tempo de bloco",
        Msg::WorkPerDifficulty => "Trabalho por unidade de dificuldade",
        Msg::HelpHardwareCost => "Opcional: dá o prazo de retorno.",
        Msg::HelpOverhead => {
            "Energia extra para ventoinhas, refrigeração e perdas da fonte de alimentação."
        }
        Msg::HelpWorkPerDifficulty => {
            "Hashes esperados por bloco com dificuldade 1 (2^32 em blockchains do tipo Bitcoin)."
        }
        Msg::RigGroupAsic => "Mineradoras ASIC",
        Msg::RigGroupGpu => "Placas de vídeo",
        Msg::RigGroupCpu => "Processadores",
        Msg::RigCustom => "Hardware personalizado",
        Msg::CoinCustom => "Outra moeda (informe os números)",
        Msg::CoinNotMineable => "{name} ({ticker}): não pode ser minerada",
        Msg::EthNote => {
            "O Ethereum migrou para prova de participação (proof of stake) em 15 de setembro de 2022 e não pode mais ser minerado. As GPUs que o mineravam agora mineram Ethereum Classic (ETC)."
        }
        Msg::HintPreset => {
            "Números da ficha técnica ({date}) · altere a taxa de hash ou o consumo para substituir"
        }
        Msg::HintHeightToday => {
            "Esperada hoje: a altura do instantâneo mais um bloco por tempo de bloco desde então"
        }
        Msg::HintEdited => "Seu valor (instantâneo de {date}: {value})",
        Msg::HintRewardAuto => "Pelo cronograma no bloco {height} · altere para substituir",
        Msg::HintRigPrice => {
            "Preço típico de uma unidade nova: {price} ({date}, {source}) · troque pelo seu"
        }
        Msg::HintNoRigPrice => {
            "Sem preço típico para este equipamento: informe o seu para ver o prazo de retorno e a rentabilidade."
        }
        Msg::CoinSwitched => {
            "{rig} não consegue minerar {asked}: mostrando {shown}, que ele consegue minerar."
        }
        Msg::GrowDifficulty => "Estimar a dificuldade de hoje",
        Msg::HelpGrowDifficulty => {
            "Projeta a dificuldade dos dados de mercado até hoje com o aumento da dificuldade por mês definido em Premissas. Uma estimativa, não uma medição."
        }
        Msg::HintGrown => {
            "Estimativa para hoje: {value} com alta de {growth} % ao mês por {days} dias (dados de {date})"
        }
        Msg::HintFees => "Vazio: {fees} {ticker} por bloco, o típico nos dados de mercado",
        Msg::WarnDifficultyBelowMinimum => {
            "Abaixo da dificuldade mínima da blockchain (1): este resultado não é real."
        }
        Msg::WarnDifficultyFarBelow => {
            "Mais de 1.000 vezes abaixo da dificuldade da rede nos dados de mercado: confira este número."
        }
        Msg::WarnHashrateAboveNetwork => {
            "Maior que a taxa de hash da rede inteira: confira a taxa de hash e a dificuldade."
        }
        Msg::WarnPriceFar => {
            "Mais de 1.000 vezes distante do preço dos dados de mercado: confira este número."
        }
        Msg::WarnFreePower => "Sem preço da eletricidade: considerando energia gratuita.",
        Msg::HintFromFeed => {
            "Dos dados de mercado deste site, {date}, fonte {source} · altere para substituir"
        }
        Msg::HintBuiltin => "Instantâneo embutido de {date} · altere para atualizar",
        Msg::HintConverted => "Convertido a 1 USD = {rate} {currency} ({date})",
        Msg::HeadlineData => "Dados de mercado de {date} · {origin}",
        Msg::OriginFeed => "dados deste site",
        Msg::OriginBuiltin => "instantâneo embutido",
        Msg::AgeNotice => {
            "Estes dados de mercado têm {days} dias. Desde então a dificuldade costuma ter subido, então os ganhos de hoje provavelmente são menores do que os mostrados. Altere o preço da moeda e a dificuldade em Dados de mercado, ou peça ao site que atualize os dados."
        }
        Msg::AgeOld => "Baseado em dados antigos ({date})",
        Msg::FeedFailed => {
            "Não foi possível usar os dados de mercado deste site ({reason}); mostrando o instantâneo embutido de {date}."
        }
        Msg::FeedHttp => "o servidor respondeu HTTP {status}",
        Msg::FeedTimeout => "sem resposta em 10 segundos",
        Msg::FeedTooLarge => "maior que 1 MB",
        Msg::FeedNetwork => "não foi possível baixá-los",
        Msg::FeedInvalid => "{error}",
        Msg::FeedCached => "Offline: usando os dados de mercado deste site salvos em {date}.",
        Msg::ErrNoRate => {
            "Sem taxa de câmbio para {currency} nos dados de mercado: informe o preço da moeda em {currency}."
        }
        Msg::ViewHardware => "Hardware próprio",
        Msg::ProfitPerDay => "Lucro por dia",
        Msg::PerMonthPerYear => "{month} por mês · {year} por ano",
        Msg::BreakdownCaption => "Por dia, mês e ano",
        Msg::ColDay => "Dia",
        Msg::ColMonth => "Mês",
        Msg::ColYear => "Ano",
        Msg::RowCoins => "{ticker} minerado",
        Msg::RowRevenue => "Receita",
        Msg::RowPoolFee => "Taxa da pool",
        Msg::RowElectricity => "Eletricidade",
        Msg::RowProfit => "Lucro",
        Msg::PeriodNote => "Um mês é um mês médio de 30,4375 dias; um ano tem 365,25 dias.",
        Msg::HowAreTheseComputed => "Como esses valores são calculados?",
        Msg::HowIsThisComputed => "Como isto é calculado?",
        Msg::FigBreakEvenElectricity => "Preço da eletricidade no ponto de equilíbrio",
        Msg::FigBreakEvenCoin => "Preço da moeda no ponto de equilíbrio",
        Msg::FigPayback => "Prazo de retorno",
        Msg::FigEfficiency => "Eficiência",
        Msg::FigHashprice => "Hashprice",
        Msg::PerKwh => "{price} por kWh",
        Msg::PerCoin => "{price} por {ticker}",
        Msg::HashpriceValue => "{value} por {unit} por dia",
        Msg::PaybackAround => "por volta de {date}",
        Msg::PaybackNoCost => "Informe um custo de hardware",
        Msg::PaybackNever => "Nunca, com os números de hoje",
        Msg::NoPowerDrawn => "Não há consumo de energia, então não existe preço de equilíbrio.",
        Msg::NoCoinsMined => {
            "Não sobra nenhuma moeda após a taxa da pool, então nenhum preço atinge o equilíbrio."
        }
        Msg::FormulaWork => {
            "Trabalho por bloco = dificuldade × trabalho por unidade de dificuldade"
        }
        Msg::FormulaWorkNetwork => "Trabalho por bloco = taxa de hash da rede × tempo de bloco",
        Msg::FormulaCoins => {
            "Moedas por dia = taxa de hash × 86.400 s × (recompensa por bloco + taxas) ÷ trabalho por bloco × tempo em operação"
        }
        Msg::FormulaRevenue => "Receita = moedas × preço da moeda",
        Msg::FormulaPoolFee => "Taxa da pool = receita × taxa da pool em %",
        Msg::FormulaElectricity => {
            "Eletricidade = consumo × (1 + consumo extra) × 24 h × tempo em operação × preço por kWh"
        }
        Msg::FormulaProfit => "Lucro = receita − taxa da pool − eletricidade",
        Msg::FormulaPeriods => "Mês = dia × {month}; ano = dia × {year}.",
        Msg::FormulaBreakEvenElectricity => {
            "Preço de equilíbrio = (receita − taxa da pool) ÷ energia por dia"
        }
        Msg::FormulaBreakEvenCoin => {
            "Preço de equilíbrio = eletricidade ÷ (moedas × parcela que fica após a taxa da pool)"
        }
        Msg::FormulaPayback => "Prazo de retorno = custo do hardware ÷ lucro por dia",
        Msg::FormulaEfficiency => "Eficiência = consumo ÷ taxa de hash",
        Msg::FormulaHashprice => {
            "Hashprice = receita por dia com operação integral, antes da taxa da pool ÷ taxa de hash"
        }
        Msg::ChartTitle => "Lucro diário com outros preços de eletricidade",
        Msg::ChartBreakEven => "equilíbrio {price}",
        Msg::ChartYou => "você: {price}",
        Msg::ChartSummary => {
            "O lucro por dia cai a zero com a eletricidade a {breakEven} por kWh. Com o seu preço de {price}, ele é de {profit}."
        }
        Msg::GroupContract => "Contrato de mineração em nuvem",
        Msg::GroupAssumptions => "Premissas",
        Msg::Days => "Horizonte (dias)",
        Msg::DifficultyGrowth => "Aumento da dificuldade por mês",
        Msg::PriceChange => "Variação do preço da moeda por ano",
        Msg::ElectricityPriceChange => "Variação do preço da eletricidade por ano",
        Msg::HashrateDecay => "Perda de taxa de hash por ano",
        Msg::Tax => "Imposto sobre o lucro",
        Msg::Shutdown => "Desligar nas horas que dão prejuízo",
        Msg::Resale => "Valor de revenda no final",
        Msg::OffPeakHours => "Horas fora de ponta por dia",
        Msg::OffPeakPrice => "Preço da eletricidade fora de ponta",
        Msg::ContractPrice => "Preço do contrato",
        Msg::MaintenanceFee => "Taxa de manutenção por dia",
        Msg::ContractDays => "Duração do contrato (dias)",
        Msg::HelpDays => "Até 3653 (dez anos). As variações se compõem diariamente.",
        Msg::HelpResale => "Parcela do custo do hardware que você recupera.",
        Msg::HelpOffPeak => "O preço da eletricidade acima passa a ser o do horário de ponta.",
        Msg::HelpContractPrice => "Pago antecipadamente pela taxa de hash acima.",
        Msg::ViewCloud => "Contrato em nuvem",
        Msg::ViewCompare => "Comparar",
        Msg::OverTime => "Ao longo do tempo",
        Msg::FigProfitIn => "Lucro em {days}",
        Msg::FigPaysBack => "Data de retorno",
        Msg::FigRoi => "Rentabilidade",
        Msg::NotWithin => "Não em {days}",
        Msg::ChartNetTitle => "Lucro acumulado após o custo inicial",
        Msg::ChartPaysBack => "retorno em {date}",
        Msg::SummaryPaysBack => "Retorno em {date}. Após {days}: {net}.",
        Msg::SummaryNever => "Não se paga em {days}. Após {days}: {net}.",
        Msg::SummaryNoCost => {
            "Lucro após {days}: {net}. Informe um custo de hardware para ver quando ele se paga."
        }
        Msg::Halving => "halving",
        Msg::HalvingTitle => "Halving em {date}: {before} → {after} {ticker} por bloco",
        Msg::ProjectionNote => {
            "Dia a dia a partir de {date} no bloco {height}, com os números e premissas do formulário. Não é uma previsão."
        }
        Msg::DownloadCsv => "Baixar CSV",
        Msg::CopyLink => "Copiar link",
        Msg::LinkCopied => "Link copiado.",
        Msg::LinkInAddressBar => "O link está na barra de endereço.",
        Msg::LinkNotCopied => {
            "Não foi possível copiar o link: o navegador recusou. Ele está na barra de endereço."
        }
        Msg::LinkField => "Link para este cálculo",
        Msg::CloudPrompt => {
            "Informe um preço de contrato para avaliar o aluguel da taxa de hash acima."
        }
        Msg::CloudKpi => "Lucro líquido do contrato",
        Msg::OptSell => "Contrato, moedas vendidas diariamente",
        Msg::OptHold => "Contrato, moedas mantidas até o final",
        Msg::OptBuy => "Comprar {ticker} no primeiro dia e manter",
        Msg::OptHardware => "Hardware próprio",
        Msg::ColOption => "Opção",
        Msg::ColProfit => "Lucro",
        Msg::Best => "melhor",
        Msg::EndedEarly => {
            "O provedor encerra o contrato em {date}, quando a taxa supera a produção."
        }
        Msg::CloudNote => {
            "Usa a taxa de hash, a taxa da pool e o tempo em operação acima; o provedor paga a energia. Preço da moeda no final: {price}."
        }
        Msg::ComparePrompt => {
            "Informe um custo de hardware (o dinheiro a gastar) e um preço de contrato para comparar."
        }
        Msg::ComparePromptPrice => {
            "Informe um preço do contrato em Contrato de mineração em nuvem para comparar."
        }
        Msg::ComparePromptCost => {
            "Informe um custo do hardware (o dinheiro a gastar) para comparar."
        }
        Msg::CompareNote => {
            "Cada opção gasta {outlay} em {date} e é avaliada após {days}. O contrato recebe {hashrate} ao preço do contrato em nuvem por taxa de hash e por dia. O imposto incide sobre cada lucro final."
        }
        Msg::BestAfter => "Melhor após {days}",
        Msg::CompareChartTitle => "Lucro após {days}",
        Msg::GroupRisk => "Simulação",
        Msg::GroupPortfolio => "Carteira",
        Msg::PriceVolatility => "Volatilidade do preço por ano",
        Msg::DifficultyVolatility => "Volatilidade da dificuldade por ano",
        Msg::Paths => "Cenários simulados",
        Msg::Seed => "Semente aleatória",
        Msg::Correlation => "Correlação entre os preços das moedas",
        Msg::HelpVolatility => {
            "Quanto o preço costuma oscilar em um ano. Vazio: um valor típico para a moeda."
        }
        Msg::HelpDifficultyVolatility => "O quão irregular é o crescimento da dificuldade da rede.",
        Msg::HelpSeed => {
            "A mesma semente dá o mesmo resultado; mude-a para sortear outros cenários."
        }
        Msg::HelpCorrelation => {
            "1: todas as moedas se movem juntas; 0: cada uma por conta própria."
        }
        Msg::ViewRisk => "Risco",
        Msg::ViewMatters => "O que pesa",
        Msg::ViewCoins => "Qual moeda",
        Msg::ViewPortfolio => "Carteira",
        Msg::HorizonYear => "um ano",
        Msg::HorizonYears => "{n} anos",
        Msg::HorizonMonths => "{n} meses",
        Msg::HorizonDays => "{n} dias",
        Msg::WaitYears => "{n} anos",
        Msg::RiskKpiPayback => "Se paga em até {horizon}",
        Msg::KpiOf100 => "{k} em 100",
        Msg::RiskPayback => {
            "Em {k} de 100 cenários simulados, este equipamento se paga em até {horizon}."
        }
        Msg::RiskLoss => {
            "Em {k} de 100, termina com prejuízo, já contando o custo do hardware e a revenda."
        }
        Msg::RiskNoCost => "Informe um custo de hardware para ver a chance de recuperá-lo.",
        Msg::RiskRange => {
            "Após {horizon}, com todos os custos: {p50} num cenário típico; 1 em 20 termina em {p5} ou abaixo, 1 em 20 em {p95} ou acima."
        }
        Msg::RiskMedianPayback => "Metade dos cenários já se pagou até {date}.",
        Msg::RiskVolatility => {
            "Volatilidade do preço de {v} % ao ano ({source}): em cerca de 2 de cada 3 anos, o preço termina entre {low} e {high} da sua tendência."
        }
        Msg::RiskVolDefault => "típica para {coin}",
        Msg::RiskVolYours => "sua configuração",
        Msg::RiskEstimate => {
            "Estimativas com {paths} cenários simulados e semente {seed}, não uma previsão. A mesma semente dá o mesmo resultado."
        }
        Msg::Running => "Simulando {paths} cenários…",
        Msg::RiskChartTitle => "Lucro acumulado nos cenários simulados",
        Msg::LegendOuter => "90 de 100 cenários",
        Msg::LegendInner => "metade central",
        Msg::LegendMedian => "mediana",
        Msg::RiskChartSummary => {
            "Lucro acumulado após {horizon}: mediana {p50}; 90 de 100 cenários entre {p5} e {p95}."
        }
        Msg::MattersTornado => "O que mais move o lucro diário (cada variável −{d} % e +{d} %)",
        Msg::MattersTornadoSummary => {
            "O que mais pesa: {input}. Com −{d} % o lucro diário é {low}, com +{d} % é {high} (hoje {base})."
        }
        Msg::MattersNoChange => "sem alteração",
        Msg::MattersInput => "Variável",
        Msg::MattersHeat => "Lucro diário por preço da eletricidade e preço da moeda",
        Msg::MattersHeatSummary => {
            "Células verdes dão lucro, vermelhas dão prejuízo. Com o preço da moeda de hoje, a eletricidade compensa até {kwh} por kWh; com o seu preço de eletricidade, a moeda precisa valer pelo menos {coin}. Você: {profit} por dia."
        }
        Msg::MattersYou => "você",
        Msg::MattersProfit => "lucro",
        Msg::MattersLoss => "prejuízo",
        Msg::MattersBreakEven => "equilíbrio",
        Msg::CoinsCaption => {
            "Todas as moedas que este equipamento consegue minerar, da melhor para a pior (por dia)"
        }
        Msg::ColBreakEven => "Equilíbrio por kWh",
        Msg::CoinsYours => "sua escolha",
        Msg::CoinsMerged => "Litecoin + Dogecoin (mineração combinada)",
        Msg::CoinsNote => {
            "Números de hoje, cada moeda com o seu instantâneo; os seus dados de mercado valem só para {coin}."
        }
        Msg::SoloTitle => "Mineração solo de {coin}",
        Msg::SoloSentence => {
            "Minerando sozinho, este equipamento encontraria um bloco mais ou menos uma vez a cada {wait}: uma chance de {chance} de encontrar pelo menos um em um ano. Um bloco paga {coins} {ticker} ({value})."
        }
        Msg::SoloCaption => "Chance de encontrar pelo menos um bloco",
        Msg::ColPeriod => "Período",
        Msg::ColBlocks => "Blocos esperados",
        Msg::ColChance => "Chance",
        Msg::ColWeek => "Semana",
        Msg::SoloNote => {
            "Numa pool você recebe uma parte constante; sozinho, não ganha nada até encontrar um bloco inteiro."
        }
        Msg::PfIntro => {
            "Adicione o que você tem ou pretende comprar. Cada posição é simulada sozinha e todas juntas, com os preços das moedas tão correlacionados quanto definido no formulário."
        }
        Msg::PfKind => "Posição",
        Msg::PfRig => "Equipamento",
        Msg::PfContract => "Contrato em nuvem",
        Msg::PfHold => "Moedas em carteira",
        Msg::PfInvested => "Valor investido",
        Msg::PfAdd => "Adicionar posição",
        Msg::PfRemove => "Remover",
        Msg::PfFormRig => "Seu equipamento (formulário)",
        Msg::PfCombined => "Tudo junto",
        Msg::PfCaption => "Lucro final após {horizon}, cada posição sozinha e todas juntas",
        Msg::ColLoss => "Chance de prejuízo",
        Msg::ColTypical => "Típico",
        Msg::ColRange => "90 de 100 entre",
        Msg::PfVar => {
            "No pior 1 em 20 dos cenários, a carteira inteira perde {together} ou mais; os piores casos das posições somados chegam a {separate}."
        }
        Msg::PfNoVar => {
            "Mesmo no pior 1 em 20 dos cenários, a carteira inteira não perde dinheiro."
        }
        Msg::PfNote => {
            "Estimativas com {paths} cenários simulados, semente {seed} e correlação de preços de {rho}, não uma previsão."
        }
        Msg::ErrRequired => "Informe um valor.",
        Msg::ErrNumber => "Informe um número, como 0,12 ou 3500.",
        Msg::ErrRange => "Valor esperado: {expected} (você informou {got}).",
        Msg::ErrUnit => "Unidade desconhecida: use {units}.",
        Msg::ErrUnknownRig => "Equipamento desconhecido “{got}”: escolha um da lista.",
        Msg::ErrUnknownCoin => "Moeda desconhecida “{got}”: escolha uma da lista.",
        Msg::ErrOverflow => "Este valor é grande demais para o cálculo.",
        Msg::ErrPriceInUsd => {
            "O preço do instantâneo está em dólares americanos: informe o preço da moeda em {currency}."
        }
        Msg::ErrCurrency => "Use um código de moeda ISO 4217, como USD ou EUR.",
        Msg::RangeBetween => "entre {min} e {max}",
        Msg::RangeAtLeast => "no mínimo {min}",
        Msg::RangeAtMost => "no máximo {max}",
        Msg::RangeNonNegative => "0 ou mais",
        Msg::RangePositive => "maior que 0",
        Msg::RangeWhole => "um número inteiro entre {min} e {max}",
        Msg::SkipToResults => "Ir para os resultados",
        Msg::LanguageLabel => "Idioma",
        Msg::HomeMiner => "minerador doméstico",
        Msg::LoadingView => "Carregando…",
        Msg::LoadFailed => {
            "Não foi possível carregar esta parte da calculadora. Verifique a conexão e abra-a novamente."
        }
        Msg::ShowProjection => "Mostrar a projeção ao longo do tempo",
        Msg::ProjectionTeaser => {
            "Retorno do investimento, halvings e aumento da dificuldade, dia a dia."
        }
        Msg::LiveError => "{field}: {message}",
        Msg::RiskKpiRunning => "Lucro operacional acima de zero após {horizon}",
        Msg::RiskKpiRunningLoss => "Operando com prejuízo após {horizon}",
        Msg::RiskKpiOff => "Desligado a maior parte do tempo em {horizon}",
        Msg::RiskRunningProfit => {
            "Sem custo do equipamento, isto mede o lucro operacional (receita menos taxa da pool e eletricidade): em {k} de 100 futuros simulados ele fica acima de zero após {horizon}. Informe um custo do equipamento para ver o retorno do investimento."
        }
        Msg::RiskRunningLoss => {
            "Sem custo do equipamento, isto mede o lucro operacional (receita menos taxa da pool e eletricidade): em {k} de 100 futuros simulados há prejuízo após {horizon}. Informe um custo do equipamento para ver o retorno do investimento."
        }
        Msg::RiskSwitchedOff => {
            "Em {horizon} o equipamento perderia dinheiro na maioria das horas, então o desligamento automático o mantém desligado na maioria dos futuros ({k} de 100): em média ele funciona em {share} dos dias. O lucro acumulado fica perto de zero porque ele está desligado, não porque compensa."
        }
        Msg::CoinsBest => {
            "{coin} rende mais com este equipamento ao seu preço de eletricidade: {profit} por dia."
        }
        Msg::CoinsBestOther => "Sua escolha, {chosen}, rende {profit} por dia.",
        Msg::CoinsNonePays => {
            "Nenhuma moeda compensa a {price} por kWh: a melhor, {coin}, rende {profit} por dia. A mineração passa a compensar abaixo de {breakEven} por kWh ({beCoin})."
        }
        Msg::CoinsNoCoin => "Este equipamento não minera nenhuma das moedas da tabela.",
        Msg::PfJointNote => {
            "Com mais de uma moeda, cada posição é sorteada junto com os outros preços, por isso os números de um equipamento aqui diferem um pouco dos da aba Risco; um equipamento sozinho coincide exatamente."
        }
        Msg::RiskOffNote => {
            "Em {k} de 100 futuros o desligamento automático mantém o equipamento desligado na maioria dos dias: em média ele funciona em {share} deles."
        }
        Msg::ContractHashrate => "Taxa de hash contratada",
        Msg::FeeBasis => "Taxa de manutenção cotada",
        Msg::FeeOptionPerUnit => "por {unit} por dia",
        Msg::FeeOptionWhole => "por dia, contrato inteiro",
        Msg::CloudSold => "moedas vendidas diariamente",
        Msg::CloudKept => "moedas guardadas até o fim",
        Msg::CloudFlatBetter => {
            "Com o preço de {ticker} estável, o contrato ({option}) rende {net}; {ticker} comprado por {price} ainda valeria {price} no fim, então o contrato se sai {net} melhor."
        }
        Msg::CloudFlatWorse => {
            "Com o preço de {ticker} estável, o contrato ({option}) perde {loss}; {ticker} comprado por {price} ainda valeria {price} no fim, então comprar {ticker}, ou guardar o dinheiro, se sai {loss} melhor."
        }
        Msg::CloudFlatEven => {
            "Com o preço de {ticker} estável, o contrato ({option}) apenas recupera seus {price}, como {ticker} comprado por {price}."
        }
        Msg::CloudFlatNote => {
            "O preço da moeda é considerado estável (0 % ao ano, em Premissas), então guardar {ticker} não ganha nem perde. Defina ali uma variação de preço para comparar com um preço em alta ou em queda."
        }
        Msg::CloudBetter => {
            "O contrato ({option}) termina em {best}, {diff} melhor do que comprar {ticker} por {price} e guardar ({buy})."
        }
        Msg::CloudWorse => {
            "Comprar {ticker} por {price} e guardar termina em {buy}, {diff} melhor do que o contrato ({option}, {best})."
        }
        Msg::CloudSame => {
            "O contrato ({option}) e comprar {ticker} por {price} terminam iguais: {best}."
        }
        Msg::CloudPathNote => {
            "O preço da moeda varia {change} ao ano (em Premissas): {start} hoje, {end} no fim do prazo."
        }
        Msg::CloudExampleUnit => {
            "Exemplo de cálculo: {price} por {hashrate} durante {days} a {unitFee} por {unit} por dia. A taxa é {hashrate} × {unitFee} = {fee} por dia. Em {daysRun} o contrato minera {coins} {ticker} após a taxa da pool, vendidos dia a dia por {revenue}, e as taxas somam {fees}: {revenue} − {fees} − {price} = {net}."
        }
        Msg::CloudExampleWhole => {
            "Exemplo de cálculo: {price} por {hashrate} durante {days} a {fee} por dia para o contrato inteiro ({unitFee} por {unit} por dia). Em {daysRun} o contrato minera {coins} {ticker} após a taxa da pool, vendidos dia a dia por {revenue}, e as taxas somam {fees}: {revenue} − {fees} − {price} = {net}."
        }
    }
}
