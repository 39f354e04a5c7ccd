//! Spanish messages (same keys and placeholders as `en.rs`).

use super::Msg;

pub(super) fn text(m: Msg) -> &'static str {
    match m {
        Msg::Title => "Calculadora de minería",
        Msg::TabsLabel => "Vistas",
        Msg::Footer => {
            "Estimaciones con las cifras de hoy; no es un pronóstico ni asesoramiento financiero. Datos de mercado: {source}."
        }
        Msg::StaleNote => "Corrige el campo marcado para actualizar los resultados.",
        Msg::GroupHardware => "Equipo",
        Msg::GroupCosts => "Costes",
        Msg::GroupMarket => "Datos de mercado",
        Msg::MarketAsOf => "a {date}",
        Msg::ResetMarket => "Usar los valores de la instantánea",
        Msg::Rig => "Equipo de minería",
        Msg::Coin => "Moneda",
        Msg::Hashrate => "Tasa de hash",
        Msg::HashUnitLabel => "Unidad de la tasa de hash",
        Msg::Power => "Consumo eléctrico",
        Msg::HardwareCost => "Coste del equipo",
        Msg::ElectricityPrice => "Precio de la electricidad",
        Msg::Currency => "Divisa",
        Msg::PoolFee => "Comisión del pool",
        Msg::Uptime => "Tiempo activo",
        Msg::Overhead => "Consumo extra de refrigeración y fuente",
        Msg::CoinPrice => "Precio de la moneda",
        Msg::Difficulty => "Dificultad de la red",
        Msg::BlockHeight => "Altura de bloque",
        Msg::BlockReward => "Recompensa por bloque",
        Msg::TxFees => "Comisiones de transacción por bloque",
        Msg::BlockTime => "Tiempo de bloque",
        Msg::WorkPerDifficulty => "Trabajo por unidad de dificultad",
        Msg::HelpHardwareCost => "Opcional: da el plazo de amortización.",
        Msg::HelpOverhead => {
            "Energía extra para ventiladores, refrigeración y pérdidas de la fuente."
        }
        Msg::HelpWorkPerDifficulty => {
            "Hashes esperados por bloque con dificultad 1 (2³² = 4.294.967.296 en cadenas tipo Bitcoin)."
        }
        Msg::RigGroupAsic => "Mineros ASIC",
        Msg::RigGroupGpu => "Tarjetas gráficas",
        Msg::RigGroupCpu => "Procesadores",
        Msg::RigCustom => "Equipo personalizado",
        Msg::CoinCustom => "Otra moneda (introduce sus datos)",
        Msg::CoinNotMineable => "{name} ({ticker}): no se puede minar",
        Msg::EthNote => {
            "Ethereum pasó a prueba de participación el 15 sep 2022 y ya no se puede minar. Las GPU que minaban ETH minan Ethereum Classic (ETC)."
        }
        Msg::HintPreset => {
            "Datos de la ficha técnica ({date}) · edita la tasa de hash o el consumo para cambiarlos"
        }
        Msg::HintHeightToday => {
            "Esperada hoy: la altura de la instantánea más un bloque por tiempo de bloque desde entonces"
        }
        Msg::HintEdited => "Tu valor (instantánea del {date}: {value})",
        Msg::HintRewardAuto => "Según el calendario en el bloque {height} · edítalo para cambiarlo",
        Msg::WarnDifficultyBelowMinimum => {
            "Por debajo de la dificultad mínima de la cadena (1): este resultado no es real."
        }
        Msg::WarnDifficultyFarBelow => {
            "Más de 1000 veces por debajo de la dificultad de la red según los datos de mercado: revisa esta cifra."
        }
        Msg::WarnHashrateAboveNetwork => {
            "Más que el hashrate de toda la red: revisa el hashrate y la dificultad."
        }
        Msg::WarnPriceFar => {
            "A más de 1000 veces del precio de los datos de mercado: revisa esta cifra."
        }
        Msg::WarnFreePower => "Sin precio de electricidad: se supone electricidad gratuita.",
        Msg::HintRigPrice => {
            "Precio habitual de una unidad nueva: {price} ({date}, {source}) · cámbialo por el tuyo"
        }
        Msg::HintNoRigPrice => {
            "Sin precio habitual para este equipo: introduce el tuyo para ver la amortización y el rendimiento."
        }
        Msg::CoinSwitched => {
            "{rig} no puede minar {asked}: se muestra {shown}, que sí puede minar."
        }
        Msg::SkipToResults => "Saltar a los resultados",
        Msg::LanguageLabel => "Idioma",
        Msg::HomeMiner => "minero doméstico",
        Msg::LoadingView => "Cargando…",
        Msg::LoadFailed => {
            "No se pudo cargar esta parte de la calculadora. Compruebe la conexión y vuelva a abrirla."
        }
        Msg::ShowProjection => "Mostrar la proyección en el tiempo",
        Msg::ProjectionTeaser => "Amortización, halvings y aumento de la dificultad, día a día.",
        Msg::LiveError => "{field}: {message}",
        Msg::GrowDifficulty => "Estimar la dificultad de hoy",
        Msg::HelpGrowDifficulty => {
            "Proyecta la dificultad de los datos de mercado hasta hoy con el crecimiento mensual de «Supuestos». Es una estimación, no una medición."
        }
        Msg::HintGrown => {
            "Estimación para hoy: {value} con un crecimiento del {growth} % al mes durante {days} días (datos del {date})"
        }
        Msg::HintFees => {
            "Vacío: {fees} {ticker} por bloque, lo habitual según los datos de mercado"
        }
        Msg::HintFromFeed => {
            "De los datos de mercado de este sitio, {date}, fuente {source} · edítalo para cambiarlo"
        }
        Msg::HintBuiltin => "Instantánea incluida del {date} · edítalo para actualizarlo",
        Msg::HintConverted => "Convertido a 1 USD = {rate} {currency} ({date})",
        Msg::HeadlineData => "Datos de mercado del {date} · {origin}",
        Msg::OriginFeed => "datos de este sitio",
        Msg::OriginBuiltin => "instantánea incluida",
        Msg::AgeNotice => {
            "Estos datos de mercado tienen {days} días. La dificultad suele haber subido desde entonces, así que los ingresos de hoy probablemente son menores que los mostrados. Edita el precio y la dificultad en «Datos de mercado» o pide al sitio que actualice sus datos."
        }
        Msg::AgeOld => "Basado en datos antiguos ({date})",
        Msg::FeedFailed => {
            "No se pudieron usar los datos de mercado de este sitio ({reason}); se muestra la instantánea incluida del {date}."
        }
        Msg::FeedHttp => "el servidor respondió HTTP {status}",
        Msg::FeedTimeout => "sin respuesta en 10 segundos",
        Msg::FeedTooLarge => "más de 1 MB",
        Msg::FeedNetwork => "no se pudieron descargar",
        Msg::FeedInvalid => "{error}",
        Msg::FeedCached => {
            "Sin conexión: se usan los datos de mercado de este sitio guardados el {date}."
        }
        Msg::ErrNoRate => {
            "No hay tipo de cambio para {currency} en los datos de mercado: introduce el precio en {currency}."
        }
        Msg::ViewHardware => "Equipo propio",
        Msg::ProfitPerDay => "Beneficio diario",
        Msg::PerMonthPerYear => "{month} al mes · {year} al año",
        Msg::BreakdownCaption => "Por día, mes y año",
        Msg::ColDay => "Día",
        Msg::ColMonth => "Mes",
        Msg::ColYear => "Año",
        Msg::RowCoins => "{ticker} minados",
        Msg::RowRevenue => "Ingresos",
        Msg::RowPoolFee => "Comisión del pool",
        Msg::RowElectricity => "Electricidad",
        Msg::RowProfit => "Beneficio",
        Msg::PeriodNote => "Un mes es un mes medio de 30,4375 días; un año, 365,25 días.",
        Msg::HowAreTheseComputed => "¿Cómo se calcula?",
        Msg::HowIsThisComputed => "¿Cómo se calcula?",
        Msg::FigBreakEvenElectricity => "Precio de electricidad de equilibrio",
        Msg::FigBreakEvenCoin => "Precio de equilibrio de la moneda",
        Msg::FigPayback => "Amortización",
        Msg::FigEfficiency => "Eficiencia",
        Msg::FigHashprice => "Hashprice",
        Msg::PerKwh => "{price} por kWh",
        Msg::PerCoin => "{price} por {ticker}",
        Msg::HashpriceValue => "{value} por {unit} al día",
        Msg::PaybackAround => "hacia el {date}",
        Msg::PaybackNoCost => "Introduce el coste del equipo",
        Msg::PaybackNever => "Nunca, con las cifras de hoy",
        Msg::NoPowerDrawn => "No hay consumo eléctrico, así que no hay precio de equilibrio.",
        Msg::NoCoinsMined => {
            "No quedan monedas tras la comisión del pool, así que ningún precio cubre los costes."
        }
        Msg::FormulaWork => "Trabajo por bloque = dificultad × trabajo por unidad de dificultad",
        Msg::FormulaWorkNetwork => "Trabajo por bloque = tasa de hash de la red × tiempo de bloque",
        Msg::FormulaCoins => {
            "Monedas al día = tasa de hash × 86.400 s × (recompensa + comisiones) ÷ trabajo por bloque × tiempo activo"
        }
        Msg::FormulaRevenue => "Ingresos = monedas × precio de la moneda",
        Msg::FormulaPoolFee => "Comisión del pool = ingresos × % de comisión",
        Msg::FormulaElectricity => {
            "Electricidad = potencia × (1 + consumo extra) × 24 h × tiempo activo × precio por kWh"
        }
        Msg::FormulaProfit => "Beneficio = ingresos − comisión del pool − electricidad",
        Msg::FormulaPeriods => "Mes = día × {month}; año = día × {year}.",
        Msg::FormulaBreakEvenElectricity => {
            "Precio de equilibrio = (ingresos − comisión del pool) ÷ energía al día"
        }
        Msg::FormulaBreakEvenCoin => {
            "Precio de equilibrio = electricidad ÷ (monedas × parte que queda tras la comisión)"
        }
        Msg::FormulaPayback => "Amortización = coste del equipo ÷ beneficio diario",
        Msg::FormulaEfficiency => "Eficiencia = potencia ÷ tasa de hash",
        Msg::FormulaHashprice => {
            "Hashprice = ingresos diarios con tiempo activo completo, antes de la comisión ÷ tasa de hash"
        }
        Msg::ChartTitle => "Beneficio diario con otros precios de la electricidad",
        Msg::ChartBreakEven => "equilibrio {price}",
        Msg::ChartYou => "tú: {price}",
        Msg::ChartSummary => {
            "El beneficio diario llega a cero con la electricidad a {breakEven} por kWh. Con tus {price} es de {profit}."
        }
        Msg::GroupContract => "Contrato en la nube",
        Msg::GroupAssumptions => "Supuestos",
        Msg::Days => "Horizonte (días)",
        Msg::DifficultyGrowth => "Aumento de la dificultad al mes",
        Msg::PriceChange => "Cambio del precio al año",
        Msg::ElectricityPriceChange => "Cambio del precio de la luz al año",
        Msg::HashrateDecay => "Pérdida de hashrate al año",
        Msg::Tax => "Impuesto sobre el beneficio",
        Msg::Shutdown => "Apagar en las horas con pérdidas",
        Msg::Resale => "Valor de reventa al final",
        Msg::OffPeakHours => "Horas valle al día",
        Msg::OffPeakPrice => "Precio de la luz en horas valle",
        Msg::ContractPrice => "Precio del contrato",
        Msg::MaintenanceFee => "Cuota de mantenimiento al día",
        Msg::ContractDays => "Duración del contrato (días)",
        Msg::HelpDays => "Hasta 3653 (diez años). Las tasas se componen a diario.",
        Msg::HelpResale => "Parte del coste del hardware que recuperas.",
        Msg::HelpOffPeak => "El precio de la luz de arriba es entonces el de horas punta.",
        Msg::HelpContractPrice => "Se paga por adelantado por el hashrate de arriba.",
        Msg::ViewCloud => "Contrato en la nube",
        Msg::ViewCompare => "Comparar",
        Msg::OverTime => "A lo largo del tiempo",
        Msg::FigProfitIn => "Beneficio en {days}",
        Msg::FigPaysBack => "Se amortiza",
        Msg::FigRoi => "Rentabilidad",
        Msg::NotWithin => "No en {days}",
        Msg::ChartNetTitle => "Beneficio acumulado tras el coste inicial",
        Msg::ChartPaysBack => "se amortiza {date}",
        Msg::SummaryPaysBack => "Se amortiza el {date}. Tras {days}: {net}.",
        Msg::SummaryNever => "No se amortiza en {days}. Tras {days}: {net}.",
        Msg::SummaryNoCost => {
            "Beneficio tras {days}: {net}. Introduce el coste del hardware para ver cuándo se amortiza."
        }
        Msg::Halving => "halving",
        Msg::HalvingTitle => "Halving el {date}: {before} → {after} {ticker} por bloque",
        Msg::ProjectionNote => {
            "Día a día desde el {date} en el bloque {height}, con las cifras y supuestos del formulario. No es una previsión."
        }
        Msg::DownloadCsv => "Descargar CSV",
        Msg::CopyLink => "Copiar enlace",
        Msg::LinkCopied => "Enlace copiado.",
        Msg::LinkInAddressBar => "El enlace está en la barra de direcciones.",
        Msg::LinkNotCopied => {
            "No se pudo copiar el enlace: el navegador lo rechazó. Está en la barra de direcciones."
        }
        Msg::LinkField => "Enlace a este cálculo",
        Msg::CloudPrompt => {
            "Introduce un precio de contrato para evaluar el alquiler del hashrate de arriba."
        }
        Msg::CloudKpi => "Beneficio neto del contrato",
        Msg::OptSell => "Contrato, monedas vendidas a diario",
        Msg::OptHold => "Contrato, monedas guardadas hasta el final",
        Msg::OptBuy => "Comprar {ticker} el primer día y guardar",
        Msg::OptHardware => "Hardware propio",
        Msg::ColOption => "Opción",
        Msg::ColProfit => "Beneficio",
        Msg::Best => "mejor",
        Msg::EndedEarly => {
            "El proveedor termina el contrato el {date}, cuando la cuota supera la producción."
        }
        Msg::CloudNote => {
            "Usa el hashrate, la comisión del pool y el tiempo activo de arriba; el proveedor paga la luz. Precio al final: {price}."
        }
        Msg::ComparePrompt => {
            "Introduce el coste del hardware (el dinero a invertir) y un precio de contrato para comparar."
        }
        Msg::ComparePromptPrice => {
            "Introduce un precio del contrato en Contrato en la nube para comparar."
        }
        Msg::ComparePromptCost => {
            "Introduce el coste del equipo (el dinero a invertir) para comparar."
        }
        Msg::CompareNote => {
            "Cada opción invierte {outlay} el {date} y se valora tras {days}. El contrato obtiene {hashrate} al precio del contrato en la nube por hashrate y día. El impuesto se aplica a cada beneficio final."
        }
        Msg::BestAfter => "Mejor tras {days}",
        Msg::CompareChartTitle => "Beneficio tras {days}",
        Msg::GroupRisk => "Simulación",
        Msg::GroupPortfolio => "Cartera",
        Msg::PriceVolatility => "Volatilidad anual del precio",
        Msg::DifficultyVolatility => "Volatilidad anual de la dificultad",
        Msg::Paths => "Futuros simulados",
        Msg::Seed => "Semilla aleatoria",
        Msg::Correlation => "Correlación entre precios",
        Msg::HelpVolatility => {
            "Cuánto oscila el precio en un año típico. Vacío: un valor típico de la moneda."
        }
        Msg::HelpDifficultyVolatility => "Cuán irregular crece la dificultad de la red.",
        Msg::HelpSeed => {
            "La misma semilla da el mismo resultado; cámbiala para obtener otros futuros."
        }
        Msg::HelpCorrelation => {
            "1: todas las monedas se mueven a la vez; 0: cada una por su cuenta."
        }
        Msg::ViewRisk => "Riesgo",
        Msg::ViewMatters => "Qué importa",
        Msg::ViewCoins => "Qué moneda",
        Msg::ViewPortfolio => "Cartera",
        Msg::HorizonYear => "un año",
        Msg::HorizonYears => "{n} años",
        Msg::HorizonMonths => "{n} meses",
        Msg::HorizonDays => "{n} días",
        Msg::WaitYears => "{n} años",
        Msg::RiskKpiPayback => "Se amortiza en {horizon}",
        Msg::KpiOf100 => "{k} de 100",
        Msg::RiskPayback => "En {k} de 100 futuros simulados este equipo se amortiza en {horizon}.",
        Msg::RiskLoss => {
            "En {k} de 100 acaba con pérdidas, incluidos el coste del equipo y la reventa."
        }
        Msg::RiskNoCost => "Introduce el coste del equipo para ver la probabilidad de amortizarlo.",
        Msg::RiskRange => {
            "Tras {horizon}, con todos los costes: {p50} en un futuro típico; 1 de cada 20 acaba en {p5} o por debajo y 1 de cada 20 en {p95} o por encima."
        }
        Msg::RiskMedianPayback => "La mitad de los futuros se amortiza antes del {date}.",
        Msg::RiskVolatility => {
            "Volatilidad del precio {v} % al año ({source}): en unos 2 de cada 3 años el precio acaba entre {low} y {high} respecto a su tendencia."
        }
        Msg::RiskVolDefault => "típica de {coin}",
        Msg::RiskVolYours => "tu valor",
        Msg::RiskEstimate => {
            "Estimación a partir de {paths} futuros simulados con la semilla {seed}; no es una previsión. La misma semilla da el mismo resultado."
        }
        Msg::Running => "Simulando {paths} futuros…",
        Msg::RiskChartTitle => "Beneficio acumulado en futuros simulados",
        Msg::LegendOuter => "90 de 100 futuros",
        Msg::LegendInner => "mitad central",
        Msg::LegendMedian => "mediana",
        Msg::RiskChartSummary => {
            "Beneficio acumulado tras {horizon}: mediana {p50}; 90 de 100 futuros entre {p5} y {p95}."
        }
        Msg::MattersTornado => "Qué mueve más el beneficio diario (cada dato −{d} % y +{d} %)",
        Msg::MattersTornadoSummary => {
            "{input} es lo que más importa: con −{d} % el beneficio diario es {low} y con +{d} % es {high} (hoy {base})."
        }
        Msg::MattersNoChange => "sin cambio",
        Msg::MattersInput => "Dato",
        Msg::MattersHeat => "Beneficio diario según el precio de la electricidad y de la moneda",
        Msg::MattersHeatSummary => {
            "Las celdas verdes dan beneficio y las rojas, pérdidas. Al precio actual de la moneda compensa la electricidad hasta {kwh} por kWh; con tu precio de la electricidad la moneda debe valer al menos {coin}. Tú: {profit} al día."
        }
        Msg::MattersYou => "tú",
        Msg::MattersProfit => "beneficio",
        Msg::MattersLoss => "pérdida",
        Msg::MattersBreakEven => "equilibrio",
        Msg::CoinsCaption => {
            "Todas las monedas que puede minar este equipo, la mejor primero (por día)"
        }
        Msg::ColBreakEven => "Equilibrio por kWh",
        Msg::CoinsYours => "tu elección",
        Msg::CoinsMerged => "Litecoin + Dogecoin (minería combinada)",
        Msg::CoinsNote => {
            "Cifras de hoy, cada moneda con su instantánea; tus datos de mercado solo se aplican a {coin}."
        }
        Msg::SoloTitle => "Minería en solitario de {coin}",
        Msg::SoloSentence => {
            "En solitario, este equipo encontraría un bloque aproximadamente cada {wait}: una probabilidad de {chance} de al menos uno en un año. Un bloque paga {coins} {ticker} ({value})."
        }
        Msg::SoloCaption => "Probabilidad de encontrar al menos un bloque",
        Msg::ColPeriod => "Periodo",
        Msg::ColBlocks => "Bloques esperados",
        Msg::ColChance => "Probabilidad",
        Msg::ColWeek => "Semana",
        Msg::SoloNote => {
            "En un pool recibes una parte constante; en solitario no ganas nada hasta encontrar un bloque entero."
        }
        Msg::PfIntro => {
            "Añade lo que tienes o piensas comprar. Cada posición se simula sola y todas juntas, con precios tan correlacionados como indica el formulario."
        }
        Msg::PfKind => "Posición",
        Msg::PfRig => "Equipo",
        Msg::PfContract => "Contrato en la nube",
        Msg::PfHold => "Monedas en cartera",
        Msg::PfInvested => "Importe invertido",
        Msg::PfAdd => "Añadir posición",
        Msg::PfRemove => "Quitar",
        Msg::PfFormRig => "Tu equipo (formulario)",
        Msg::PfCombined => "Todo junto",
        Msg::PfCaption => "Beneficio final tras {horizon}, por separado y en conjunto",
        Msg::ColLoss => "Prob. de pérdida",
        Msg::ColTypical => "Típico",
        Msg::ColRange => "90 de 100 entre",
        Msg::PfVar => {
            "En el peor 1 de cada 20 futuros la cartera pierde {together} o más; los peores casos de cada posición sumados dan {separate}."
        }
        Msg::PfNoVar => "Incluso en el peor 1 de cada 20 futuros la cartera no pierde dinero.",
        Msg::PfNote => {
            "Estimación a partir de {paths} futuros simulados con la semilla {seed} y una correlación de precios de {rho}; no es una previsión."
        }
        Msg::ErrRequired => "Introduce un valor.",
        Msg::ErrNumber => "Introduce un número, como 0,12 o 3500.",
        Msg::ErrRange => "Debe ser {expected} (has introducido {got}).",
        Msg::ErrUnit => "Unidad desconocida: usa {units}.",
        Msg::ErrUnknownRig => "Equipo desconocido «{got}»: elige uno de la lista.",
        Msg::ErrUnknownCoin => "Moneda desconocida «{got}»: elige una de la lista.",
        Msg::ErrOverflow => "Este valor es demasiado grande para calcular.",
        Msg::ErrPriceInUsd => {
            "El precio de la instantánea está en dólares: introduce el precio de la moneda en {currency}."
        }
        Msg::ErrCurrency => "Usa un código de divisa ISO 4217, como EUR o USD.",
        Msg::RangeBetween => "entre {min} y {max}",
        Msg::RangeAtLeast => "al menos {min}",
        Msg::RangeAtMost => "como máximo {max}",
        Msg::RangeNonNegative => "0 o más",
        Msg::RangePositive => "mayor que 0",
        Msg::RangeWhole => "un número entero entre {min} y {max}",
        Msg::RiskKpiRunning => "Beneficio de operación por encima de cero tras {horizon}",
        Msg::RiskKpiRunningLoss => "Operando con pérdidas tras {horizon}",
        Msg::RiskKpiOff => "Apagado la mayor parte del tiempo durante {horizon}",
        Msg::RiskRunningProfit => {
            "Sin coste del equipo esto mide el beneficio de operación (ingresos menos comisión del pool y electricidad): en {k} de 100 futuros simulados está por encima de cero tras {horizon}. Introduce el coste del equipo para ver la amortización."
        }
        Msg::RiskRunningLoss => {
            "Sin coste del equipo esto mide el beneficio de operación (ingresos menos comisión del pool y electricidad): en {k} de 100 futuros simulados es una pérdida tras {horizon}. Introduce el coste del equipo para ver la amortización."
        }
        Msg::RiskSwitchedOff => {
            "Durante {horizon} el equipo perdería dinero en la mayoría de las horas, así que el apagado lo mantiene apagado en la mayoría de los futuros ({k} de 100): de media funciona {share} de los días. Su beneficio acumulado se queda cerca de cero porque está apagado, no porque sea rentable."
        }
        Msg::CoinsBest => {
            "{coin} es la más rentable con este equipo a tu precio de la electricidad: {profit} al día."
        }
        Msg::CoinsBestOther => "Tu elección, {chosen}, da {profit} al día.",
        Msg::CoinsNonePays => {
            "Ninguna moneda es rentable a {price} por kWh: la mejor, {coin}, da {profit} al día. La minería empieza a ser rentable por debajo de {breakEven} por kWh ({beCoin})."
        }
        Msg::CoinsNoCoin => "Este equipo no mina ninguna de las monedas de la tabla.",
        Msg::PfJointNote => {
            "Con más de una moneda, cada posición se simula junto con los demás precios, así que las cifras de un equipo aquí difieren un poco de las de la pestaña Riesgo; un equipo solo coincide exactamente."
        }
        Msg::RiskOffNote => {
            "En {k} de 100 futuros el apagado mantiene el equipo apagado la mayoría de los días: de media funciona {share} de ellos."
        }
        Msg::ContractHashrate => "Hashrate contratado",
        Msg::FeeBasis => "Cuota de mantenimiento indicada",
        Msg::FeeOptionPerUnit => "por {unit} al día",
        Msg::FeeOptionWhole => "al día, todo el contrato",
        Msg::CloudSold => "monedas vendidas a diario",
        Msg::CloudKept => "monedas guardadas hasta el final",
        Msg::CloudFlatBetter => {
            "Con el precio de {ticker} estable, el contrato ({option}) gana {net}; {ticker} comprado por {price} seguiría valiendo {price} al final, así que el contrato sale {net} mejor."
        }
        Msg::CloudFlatWorse => {
            "Con el precio de {ticker} estable, el contrato ({option}) pierde {loss}; {ticker} comprado por {price} seguiría valiendo {price} al final, así que comprar {ticker}, o quedarse con el dinero, sale {loss} mejor."
        }
        Msg::CloudFlatEven => {
            "Con el precio de {ticker} estable, el contrato ({option}) apenas recupera sus {price}, igual que {ticker} comprado por {price}."
        }
        Msg::CloudFlatNote => {
            "Se supone un precio estable (0 % al año, en Supuestos): guardar {ticker} ni gana ni pierde. Indica allí un cambio de precio para comparar con un precio al alza o a la baja."
        }
        Msg::CloudBetter => {
            "El contrato ({option}) termina en {best}, {diff} mejor que comprar {ticker} por {price} y guardarlo ({buy})."
        }
        Msg::CloudWorse => {
            "Comprar {ticker} por {price} y guardarlo termina en {buy}, {diff} mejor que el contrato ({option}, {best})."
        }
        Msg::CloudSame => {
            "El contrato ({option}) y comprar {ticker} por {price} terminan igual: {best}."
        }
        Msg::CloudPathNote => {
            "El precio de la moneda cambia {change} al año (en Supuestos): {start} hoy, {end} al final del plazo."
        }
        Msg::CloudExampleUnit => {
            "Ejemplo: {price} por {hashrate} durante {days} a {unitFee} por {unit} al día. La cuota es {hashrate} × {unitFee} = {fee} al día. En {daysRun} el contrato mina {coins} {ticker} tras la comisión del pool, vendidos a diario por {revenue}, y las cuotas suman {fees}: {revenue} − {fees} − {price} = {net}."
        }
        Msg::CloudExampleWhole => {
            "Ejemplo: {price} por {hashrate} durante {days} a {fee} al día por todo el contrato ({unitFee} por {unit} al día). En {daysRun} el contrato mina {coins} {ticker} tras la comisión del pool, vendidos a diario por {revenue}, y las cuotas suman {fees}: {revenue} − {fees} − {price} = {net}."
        }
    }
}
