//! German messages (same keys and placeholders as `en.rs`).

use super::Msg;

pub(super) fn text(m: Msg) -> &'static str {
    match m {
        Msg::Title => "Mining-Rechner",
        Msg::TabsLabel => "Ansichten",
        Msg::Footer => {
            "Schätzung mit den heutigen Werten, keine Prognose und keine Finanzberatung. Marktdaten: {source}."
        }
        Msg::StaleNote => "Korrigieren Sie das markierte Feld, um die Ergebnisse zu aktualisieren.",
        Msg::GroupHardware => "Hardware",
        Msg::GroupCosts => "Kosten",
        Msg::GroupMarket => "Marktdaten",
        Msg::MarketAsOf => "Stand {date}",
        Msg::ResetMarket => "Werte des Schnappschusses verwenden",
        Msg::Rig => "Gerät",
        Msg::Coin => "Coin",
        Msg::Hashrate => "Hashrate",
        Msg::HashUnitLabel => "Einheit der Hashrate",
        Msg::Power => "Leistungsaufnahme",
        Msg::HardwareCost => "Anschaffungskosten",
        Msg::ElectricityPrice => "Strompreis",
        Msg::Currency => "Währung",
        Msg::PoolFee => "Pool-Gebühr",
        Msg::Uptime => "Laufzeit",
        Msg::Overhead => "Mehrverbrauch für Kühlung und Netzteil",
        Msg::CoinPrice => "Coin-Kurs",
        Msg::Difficulty => "Netzwerk-Schwierigkeit",
        Msg::BlockHeight => "Blockhöhe",
        Msg::BlockReward => "Blockbelohnung",
        Msg::TxFees => "Transaktionsgebühren pro Block",
        Msg::BlockTime => "Blockzeit",
        Msg::WorkPerDifficulty => "Arbeit pro Schwierigkeitseinheit",
        Msg::HelpHardwareCost => "Optional: ergibt die Amortisationszeit.",
        Msg::HelpOverhead => "Zusätzlicher Strom für Lüfter, Kühlung und Netzteilverluste.",
        Msg::HelpWorkPerDifficulty => {
            "Erwartete Hashes pro Block bei Schwierigkeit 1 (2³² = 4.294.967.296 bei Bitcoin-ähnlichen Blockchains)."
        }
        Msg::RigGroupAsic => "ASIC-Miner",
        Msg::RigGroupGpu => "Grafikkarten",
        Msg::RigGroupCpu => "Prozessoren",
        Msg::RigCustom => "Eigene Hardware",
        Msg::CoinCustom => "Anderer Coin (Werte eingeben)",
        Msg::CoinNotMineable => "{name} ({ticker}): nicht minebar",
        Msg::EthNote => {
            "Ethereum ist am 15.09.2022 auf Proof of Stake umgestiegen und kann nicht mehr gemint werden. GPUs, die ETH gemint haben, minen stattdessen Ethereum Classic (ETC)."
        }
        Msg::HintPreset => {
            "Datenblattwerte ({date}) · zum Überschreiben Hashrate oder Leistung ändern"
        }
        Msg::HintHeightToday => {
            "Heute erwartet: Höhe des Schnappschusses plus ein Block je Blockzeit seitdem"
        }
        Msg::HintEdited => "Ihr Wert (Schnappschuss vom {date}: {value})",
        Msg::HintRewardAuto => "Laut Zeitplan bei Block {height} · zum Überschreiben ändern",
        Msg::HintRigPrice => {
            "Üblicher Preis eines neuen Geräts: {price} ({date}, {source}) · durch Ihren ersetzen"
        }
        Msg::HintNoRigPrice => {
            "Kein üblicher Preis für dieses Gerät: Geben Sie Ihren für Amortisation und Rendite ein."
        }
        Msg::CoinSwitched => {
            "{rig} kann {asked} nicht minen: Angezeigt wird {shown}, das es minen kann."
        }
        Msg::SkipToResults => "Zu den Ergebnissen springen",
        Msg::LanguageLabel => "Sprache",
        Msg::HomeMiner => "Heimgerät",
        Msg::LoadingView => "Wird geladen…",
        Msg::LoadFailed => {
            "Dieser Teil des Rechners konnte nicht geladen werden. Prüfen Sie die Verbindung und öffnen Sie ihn erneut."
        }
        Msg::ShowProjection => "Verlauf über die Zeit anzeigen",
        Msg::ProjectionTeaser => {
            "Amortisation, Halvings und Anstieg der Schwierigkeit, Tag für Tag."
        }
        Msg::LiveError => "{field}: {message}",
        Msg::GrowDifficulty => "Heutige Schwierigkeit schätzen",
        Msg::HelpGrowDifficulty => {
            "Schreibt die Schwierigkeit der Marktdaten mit dem Wachstum pro Monat unter „Annahmen“ bis heute fort. Eine Schätzung, keine Messung."
        }
        Msg::HintGrown => {
            "Schätzung für heute: {value}, {days} Tage lang um {growth} % im Monat gewachsen (Daten vom {date})"
        }
        Msg::HintFees => "Leer: {fees} {ticker} pro Block, üblich laut Marktdaten",
        Msg::WarnDifficultyBelowMinimum => {
            "Unter der Mindestschwierigkeit der Blockchain (1): Dieses Ergebnis ist nicht real."
        }
        Msg::WarnDifficultyFarBelow => {
            "Über 1.000-mal niedriger als die Schwierigkeit des Netzwerks laut Marktdaten: Bitte prüfen Sie den Wert."
        }
        Msg::WarnHashrateAboveNetwork => {
            "Mehr als die Hashrate des gesamten Netzwerks: Bitte prüfen Sie Hashrate und Schwierigkeit."
        }
        Msg::WarnPriceFar => {
            "Über 1.000-mal vom Kurs der Marktdaten entfernt: Bitte prüfen Sie den Wert."
        }
        Msg::WarnFreePower => "Kein Strompreis: Es wird kostenloser Strom angenommen.",
        Msg::HintFromFeed => {
            "Aus den Marktdaten dieser Website, {date}, Quelle {source} · zum Überschreiben ändern"
        }
        Msg::HintBuiltin => "Eingebauter Schnappschuss vom {date} · zum Aktualisieren ändern",
        Msg::HintConverted => "Umgerechnet zu 1 USD = {rate} {currency} ({date})",
        Msg::HeadlineData => "Marktdaten vom {date} · {origin}",
        Msg::OriginFeed => "Daten dieser Website",
        Msg::OriginBuiltin => "eingebauter Schnappschuss",
        Msg::AgeNotice => {
            "Diese Marktdaten sind {days} Tage alt. Die Schwierigkeit ist seitdem meist gestiegen, die heutigen Erträge sind also wahrscheinlich niedriger als angezeigt. Bearbeiten Sie Kurs und Schwierigkeit unter „Marktdaten“ oder bitten Sie die Website, ihre Daten zu aktualisieren."
        }
        Msg::AgeOld => "Beruht auf alten Daten ({date})",
        Msg::FeedFailed => {
            "Die Marktdaten dieser Website konnten nicht verwendet werden ({reason}); angezeigt wird der eingebaute Schnappschuss vom {date}."
        }
        Msg::FeedHttp => "der Server antwortete mit HTTP {status}",
        Msg::FeedTimeout => "keine Antwort innerhalb von 10 Sekunden",
        Msg::FeedTooLarge => "größer als 1 MB",
        Msg::FeedNetwork => "sie konnten nicht geladen werden",
        Msg::FeedInvalid => "{error}",
        Msg::FeedCached => {
            "Offline: Es werden die am {date} gespeicherten Marktdaten dieser Website verwendet."
        }
        Msg::ErrNoRate => {
            "Für {currency} gibt es keinen Wechselkurs in den Marktdaten: Bitte geben Sie den Kurs in {currency} ein."
        }
        Msg::ViewHardware => "Eigene Hardware",
        Msg::ProfitPerDay => "Gewinn pro Tag",
        Msg::PerMonthPerYear => "{month} im Monat · {year} im Jahr",
        Msg::BreakdownCaption => "Pro Tag, Monat und Jahr",
        Msg::ColDay => "Tag",
        Msg::ColMonth => "Monat",
        Msg::ColYear => "Jahr",
        Msg::RowCoins => "Gemint ({ticker})",
        Msg::RowRevenue => "Ertrag",
        Msg::RowPoolFee => "Pool-Gebühr",
        Msg::RowElectricity => "Strom",
        Msg::RowProfit => "Gewinn",
        Msg::PeriodNote => {
            "Ein Monat ist ein Durchschnittsmonat mit 30,4375 Tagen, ein Jahr hat 365,25 Tage."
        }
        Msg::HowAreTheseComputed => "Wie wird das berechnet?",
        Msg::HowIsThisComputed => "Wie wird das berechnet?",
        Msg::FigBreakEvenElectricity => "Strompreis an der Gewinnschwelle",
        Msg::FigBreakEvenCoin => "Coin-Kurs an der Gewinnschwelle",
        Msg::FigPayback => "Amortisation",
        Msg::FigEfficiency => "Effizienz",
        Msg::FigHashprice => "Hashpreis",
        Msg::PerKwh => "{price} pro kWh",
        Msg::PerCoin => "{price} pro {ticker}",
        Msg::HashpriceValue => "{value} pro {unit} und Tag",
        Msg::PaybackAround => "etwa am {date}",
        Msg::PaybackNoCost => "Geben Sie die Anschaffungskosten ein",
        Msg::PaybackNever => "Nie, bei den heutigen Werten",
        Msg::NoPowerDrawn => {
            "Es wird kein Strom verbraucht, daher gibt es keinen Preis an der Gewinnschwelle."
        }
        Msg::NoCoinsMined => {
            "Nach der Pool-Gebühr bleiben keine Coins, daher erreicht kein Kurs die Gewinnschwelle."
        }
        Msg::FormulaWork => "Arbeit pro Block = Schwierigkeit × Arbeit pro Schwierigkeitseinheit",
        Msg::FormulaWorkNetwork => "Arbeit pro Block = Netzwerk-Hashrate × Blockzeit",
        Msg::FormulaCoins => {
            "Coins pro Tag = Hashrate × 86.400 s × (Blockbelohnung + Gebühren) ÷ Arbeit pro Block × Laufzeit"
        }
        Msg::FormulaRevenue => "Ertrag = Coins × Coin-Kurs",
        Msg::FormulaPoolFee => "Pool-Gebühr = Ertrag × Pool-Gebühr in %",
        Msg::FormulaElectricity => {
            "Strom = Leistung × (1 + Mehrverbrauch) × 24 h × Laufzeit × Preis pro kWh"
        }
        Msg::FormulaProfit => "Gewinn = Ertrag − Pool-Gebühr − Strom",
        Msg::FormulaPeriods => "Monat = Tag × {month}; Jahr = Tag × {year}.",
        Msg::FormulaBreakEvenElectricity => {
            "Preis an der Gewinnschwelle = (Ertrag − Pool-Gebühr) ÷ Energie pro Tag"
        }
        Msg::FormulaBreakEvenCoin => {
            "Kurs an der Gewinnschwelle = Strom ÷ (Coins × Anteil nach der Pool-Gebühr)"
        }
        Msg::FormulaPayback => "Amortisation = Anschaffungskosten ÷ Gewinn pro Tag",
        Msg::FormulaEfficiency => "Effizienz = Leistung ÷ Hashrate",
        Msg::FormulaHashprice => {
            "Hashpreis = Ertrag pro Tag bei voller Laufzeit vor der Pool-Gebühr ÷ Hashrate"
        }
        Msg::ChartTitle => "Gewinn pro Tag bei anderen Strompreisen",
        Msg::ChartBreakEven => "Gewinnschwelle {price}",
        Msg::ChartYou => "Sie: {price}",
        Msg::ChartSummary => {
            "Der Gewinn pro Tag sinkt bei einem Strompreis von {breakEven} pro kWh auf null. Bei Ihren {price} beträgt er {profit}."
        }
        Msg::GroupContract => "Cloud-Vertrag",
        Msg::GroupAssumptions => "Annahmen",
        Msg::Days => "Zeitraum (Tage)",
        Msg::DifficultyGrowth => "Schwierigkeitsanstieg pro Monat",
        Msg::PriceChange => "Kursänderung pro Jahr",
        Msg::ElectricityPriceChange => "Strompreisänderung pro Jahr",
        Msg::HashrateDecay => "Hashrate-Verlust pro Jahr",
        Msg::Tax => "Steuer auf Gewinn",
        Msg::Shutdown => "In Verlustzeiten abschalten",
        Msg::Resale => "Wiederverkaufswert am Ende",
        Msg::OffPeakHours => "Niedertarif-Stunden pro Tag",
        Msg::OffPeakPrice => "Strompreis im Niedertarif",
        Msg::ContractPrice => "Vertragspreis",
        Msg::MaintenanceFee => "Wartungsgebühr pro Tag",
        Msg::ContractDays => "Vertragslaufzeit (Tage)",
        Msg::HelpDays => {
            "Bis 3653 (zehn Jahre). Die Änderungsraten werden täglich mit Zinseszins angewandt."
        }
        Msg::HelpResale => "Anteil der Hardwarekosten, den Sie zurückbekommen.",
        Msg::HelpOffPeak => "Der Strompreis oben ist dann der Hochtarif.",
        Msg::HelpContractPrice => "Im Voraus bezahlt, für die Hashrate oben.",
        Msg::ViewCloud => "Cloud-Vertrag",
        Msg::ViewCompare => "Vergleich",
        Msg::OverTime => "Im Zeitverlauf",
        Msg::FigProfitIn => "Gewinn über {days}",
        Msg::FigPaysBack => "Amortisiert",
        Msg::FigRoi => "Rendite",
        Msg::NotWithin => "Nicht im Zeitraum ({days})",
        Msg::ChartNetTitle => "Kumulierter Gewinn nach den Anfangskosten",
        Msg::ChartPaysBack => "amortisiert {date}",
        Msg::SummaryPaysBack => "Amortisiert am {date}. Ergebnis über {days}: {net}.",
        Msg::SummaryNever => {
            "Amortisiert sich nicht im Zeitraum ({days}). Ergebnis über {days}: {net}."
        }
        Msg::SummaryNoCost => {
            "Gewinn über {days}: {net}. Geben Sie Hardwarekosten ein, um die Amortisation zu sehen."
        }
        Msg::Halving => "Halving",
        Msg::HalvingTitle => "Halving am {date}: {before} → {after} {ticker} pro Block",
        Msg::ProjectionNote => {
            "Tag für Tag ab {date} bei Block {height}, mit den Werten und Annahmen im Formular. Keine Prognose."
        }
        Msg::DownloadCsv => "CSV herunterladen",
        Msg::CopyLink => "Link kopieren",
        Msg::LinkCopied => "Link kopiert.",
        Msg::LinkInAddressBar => "Der Link steht in der Adresszeile.",
        Msg::LinkNotCopied => {
            "Der Link konnte nicht kopiert werden: Der Browser hat es abgelehnt. Er steht in der Adresszeile."
        }
        Msg::LinkField => "Link zu dieser Berechnung",
        Msg::CloudPrompt => {
            "Geben Sie einen Vertragspreis ein, um das Mieten der Hashrate oben zu bewerten."
        }
        Msg::CloudKpi => "Nettogewinn des Vertrags",
        Msg::OptSell => "Vertrag, Coins täglich verkauft",
        Msg::OptHold => "Vertrag, Coins bis zum Ende gehalten",
        Msg::OptBuy => "{ticker} am ersten Tag kaufen und halten",
        Msg::OptHardware => "Eigene Hardware",
        Msg::ColOption => "Option",
        Msg::ColProfit => "Gewinn",
        Msg::Best => "am besten",
        Msg::EndedEarly => {
            "Der Anbieter beendet den Vertrag am {date}, wenn die Gebühr den Ertrag übersteigt."
        }
        Msg::CloudNote => {
            "Nutzt Hashrate, Pool-Gebühr und Laufzeit von oben; den Strom zahlt der Anbieter. Kurs am Ende: {price}."
        }
        Msg::ComparePrompt => {
            "Geben Sie Anschaffungskosten (den Betrag) und einen Vertragspreis ein, um zu vergleichen."
        }
        Msg::ComparePromptPrice => {
            "Geben Sie unter Cloud-Vertrag einen Vertragspreis ein, um zu vergleichen."
        }
        Msg::ComparePromptCost => {
            "Geben Sie Anschaffungskosten (den Betrag) ein, um zu vergleichen."
        }
        Msg::CompareNote => {
            "Jede Option gibt {outlay} am {date} aus; bewertet wird das Ergebnis über {days}. Der Vertrag erhält {hashrate} zum Preis des Cloud-Vertrags pro Hashrate und Tag. Steuer gilt für jeden Endgewinn."
        }
        Msg::BestAfter => "Am besten über {days}",
        Msg::CompareChartTitle => "Gewinn über {days}",
        Msg::GroupRisk => "Simulation",
        Msg::GroupPortfolio => "Portfolio",
        Msg::PriceVolatility => "Kursvolatilität pro Jahr",
        Msg::DifficultyVolatility => "Volatilität der Schwierigkeit pro Jahr",
        Msg::Paths => "Simulierte Verläufe",
        Msg::Seed => "Zufallsstartwert",
        Msg::Correlation => "Korrelation der Coin-Kurse",
        Msg::HelpVolatility => {
            "Wie stark der Kurs in einem Jahr typischerweise schwankt. Leer: ein typischer Wert des Coins."
        }
        Msg::HelpDifficultyVolatility => "Wie ungleichmäßig die Netzwerk-Schwierigkeit wächst.",
        Msg::HelpSeed => {
            "Derselbe Startwert ergibt dasselbe Ergebnis; ändern Sie ihn, um andere Verläufe zu ziehen."
        }
        Msg::HelpCorrelation => "1: Alle Coins bewegen sich im Gleichschritt; 0: jeder für sich.",
        Msg::ViewRisk => "Risiko",
        Msg::ViewMatters => "Was zählt",
        Msg::ViewCoins => "Welcher Coin",
        Msg::ViewPortfolio => "Portfolio",
        Msg::HorizonYear => "einem Jahr",
        Msg::HorizonYears => "{n} Jahren",
        Msg::HorizonMonths => "{n} Monaten",
        Msg::HorizonDays => "{n} Tagen",
        Msg::WaitYears => "{n} Jahre",
        Msg::RiskKpiPayback => "Bezahlt sich innerhalb von {horizon}",
        Msg::KpiOf100 => "{k} von 100",
        Msg::RiskPayback => {
            "In {k} von 100 simulierten Verläufen bezahlt sich das Gerät innerhalb von {horizon}."
        }
        Msg::RiskLoss => {
            "In {k} von 100 endet es mit Verlust, Hardwarekosten und Wiederverkauf eingerechnet."
        }
        Msg::RiskNoCost => {
            "Geben Sie die Hardwarekosten ein, um die Chance auf Amortisation zu sehen."
        }
        Msg::RiskRange => {
            "Nach {horizon}, alle Kosten eingerechnet: {p50} im typischen Verlauf; 1 von 20 endet bei {p5} oder darunter, 1 von 20 bei {p95} oder darüber."
        }
        Msg::RiskMedianPayback => "Die Hälfte der Verläufe hat sich bis {date} bezahlt gemacht.",
        Msg::RiskVolatility => {
            "Kursvolatilität {v} % pro Jahr ({source}): In etwa 2 von 3 Jahren endet der Kurs zwischen {low} und {high} gegenüber seinem Trend."
        }
        Msg::RiskVolDefault => "typisch für {coin}",
        Msg::RiskVolYours => "Ihre Angabe",
        Msg::RiskEstimate => {
            "Schätzung aus {paths} simulierten Verläufen mit Startwert {seed}, keine Prognose. Derselbe Startwert ergibt dasselbe Ergebnis."
        }
        Msg::Running => "{paths} Verläufe werden simuliert …",
        Msg::RiskChartTitle => "Kumulierter Gewinn in simulierten Verläufen",
        Msg::LegendOuter => "90 von 100 Verläufen",
        Msg::LegendInner => "mittlere Hälfte",
        Msg::LegendMedian => "Median",
        Msg::RiskChartSummary => {
            "Kumulierter Gewinn nach {horizon}: Median {p50}; 90 von 100 Verläufen zwischen {p5} und {p95}."
        }
        Msg::MattersTornado => {
            "Was den Tagesgewinn am stärksten bewegt (jede Größe −{d} % und +{d} %)"
        }
        Msg::MattersTornadoSummary => {
            "{input} zählt am meisten: Bei −{d} % beträgt der Tagesgewinn {low}, bei +{d} % {high} (heute {base})."
        }
        Msg::MattersNoChange => "keine Änderung",
        Msg::MattersInput => "Größe",
        Msg::MattersHeat => "Tagesgewinn nach Strompreis und Coin-Kurs",
        Msg::MattersHeatSummary => {
            "Grüne Felder bringen Gewinn, rote Verlust. Beim heutigen Kurs lohnt sich Strom bis {kwh} pro kWh; bei Ihrem Strompreis muss der Coin mindestens {coin} wert sein. Sie: {profit} pro Tag."
        }
        Msg::MattersYou => "Sie",
        Msg::MattersProfit => "Gewinn",
        Msg::MattersLoss => "Verlust",
        Msg::MattersBreakEven => "Gewinnschwelle",
        Msg::CoinsCaption => "Alle Coins, die dieses Gerät minen kann, der beste zuerst (pro Tag)",
        Msg::ColBreakEven => "Schwelle pro kWh",
        Msg::CoinsYours => "Ihre Wahl",
        Msg::CoinsMerged => "Litecoin + Dogecoin (Merged Mining)",
        Msg::CoinsNote => {
            "Heutige Werte, jeder Coin mit seinem Schnappschuss; Ihre Marktwerte gelten nur für {coin}."
        }
        Msg::SoloTitle => "Solo-Mining {coin}",
        Msg::SoloSentence => {
            "Allein würde dieses Gerät etwa alle {wait} einen Block finden: eine Chance von {chance} auf mindestens einen innerhalb eines Jahres. Ein Block bringt {coins} {ticker} ({value})."
        }
        Msg::SoloCaption => "Chance auf mindestens einen Block",
        Msg::ColPeriod => "Zeitraum",
        Msg::ColBlocks => "Erwartete Blöcke",
        Msg::ColChance => "Chance",
        Msg::ColWeek => "Woche",
        Msg::SoloNote => {
            "Im Pool erhalten Sie einen stetigen Anteil; allein verdienen Sie nichts, bis Sie einen ganzen Block finden."
        }
        Msg::PfIntro => {
            "Fügen Sie hinzu, was Sie besitzen oder kaufen möchten. Jede Position wird einzeln und alle zusammen simuliert, mit so stark korrelierten Kursen wie im Formular eingestellt."
        }
        Msg::PfKind => "Position",
        Msg::PfRig => "Gerät",
        Msg::PfContract => "Cloud-Vertrag",
        Msg::PfHold => "Gehaltene Coins",
        Msg::PfInvested => "Investierter Betrag",
        Msg::PfAdd => "Position hinzufügen",
        Msg::PfRemove => "Entfernen",
        Msg::PfFormRig => "Ihr Gerät (Formular)",
        Msg::PfCombined => "Alles zusammen",
        Msg::PfCaption => "Endgewinn nach {horizon}, einzeln und alle zusammen",
        Msg::ColLoss => "Verlustchance",
        Msg::ColTypical => "Typisch",
        Msg::ColRange => "90 von 100 zwischen",
        Msg::PfVar => {
            "In den schlechtesten 1 von 20 Verläufen verliert das Portfolio {together} oder mehr; die schlechtesten Fälle der Positionen zusammengezählt ergeben {separate}."
        }
        Msg::PfNoVar => {
            "Selbst in den schlechtesten 1 von 20 Verläufen verliert das Portfolio kein Geld."
        }
        Msg::PfNote => {
            "Schätzung aus {paths} simulierten Verläufen mit Startwert {seed} und einer Kurskorrelation von {rho}, keine Prognose."
        }
        Msg::ErrRequired => "Bitte geben Sie einen Wert ein.",
        Msg::ErrNumber => "Bitte geben Sie eine Zahl ein, etwa 0,12 oder 3500.",
        Msg::ErrRange => "Erlaubt ist {expected} (eingegeben: {got}).",
        Msg::ErrUnit => "Unbekannte Einheit: Bitte verwenden Sie {units}.",
        Msg::ErrUnknownRig => "Unbekanntes Gerät „{got}“: Bitte wählen Sie eines aus der Liste.",
        Msg::ErrUnknownCoin => "Unbekannter Coin „{got}“: Bitte wählen Sie einen aus der Liste.",
        Msg::ErrOverflow => "Dieser Wert ist zu groß für die Berechnung.",
        Msg::ErrPriceInUsd => {
            "Der Kurs im Schnappschuss ist in US-Dollar: Bitte geben Sie den Coin-Kurs in {currency} ein."
        }
        Msg::ErrCurrency => "Bitte verwenden Sie einen ISO-4217-Währungscode wie USD oder EUR.",
        Msg::RangeBetween => "zwischen {min} und {max}",
        Msg::RangeAtLeast => "mindestens {min}",
        Msg::RangeAtMost => "höchstens {max}",
        Msg::RangeNonNegative => "0 oder mehr",
        Msg::RangePositive => "größer als 0",
        Msg::RangeWhole => "eine ganze Zahl zwischen {min} und {max}",
        Msg::RiskKpiRunning => "Laufender Gewinn über null nach {horizon}",
        Msg::RiskKpiRunningLoss => "Laufender Verlust nach {horizon}",
        Msg::RiskKpiOff => "Meist abgeschaltet innerhalb von {horizon}",
        Msg::RiskRunningProfit => {
            "Ohne Hardwarekosten misst dies den laufenden Gewinn (Ertrag minus Poolgebühr und Strom): In {k} von 100 simulierten Verläufen liegt er nach {horizon} über null. Gib die Hardwarekosten ein, um die Amortisation zu sehen."
        }
        Msg::RiskRunningLoss => {
            "Ohne Hardwarekosten misst dies den laufenden Gewinn (Ertrag minus Poolgebühr und Strom): In {k} von 100 simulierten Verläufen ist er nach {horizon} ein Verlust. Gib die Hardwarekosten ein, um die Amortisation zu sehen."
        }
        Msg::RiskSwitchedOff => {
            "Innerhalb von {horizon} verlöre das Gerät in den meisten Stunden Geld, daher bleibt es in den meisten Verläufen abgeschaltet ({k} von 100): Im Mittel läuft es an {share} der Tage. Der kumulierte Gewinn bleibt nahe null, weil es aus ist, nicht weil es sich lohnt."
        }
        Msg::CoinsBest => {
            "{coin} lohnt sich mit diesem Gerät bei deinem Strompreis am meisten: {profit} pro Tag."
        }
        Msg::CoinsBestOther => "Deine Wahl, {chosen}, bringt {profit} pro Tag.",
        Msg::CoinsNonePays => {
            "Bei {price} pro kWh lohnt sich kein Coin: Der beste, {coin}, bringt {profit} pro Tag. Mining lohnt sich erst unter {breakEven} pro kWh ({beCoin})."
        }
        Msg::CoinsNoCoin => "Dieses Gerät schürft keinen der Coins der Tabelle.",
        Msg::PfJointNote => {
            "Bei mehr als einem Coin wird jede Position zusammen mit den anderen Kursen gezogen, daher weichen die Zahlen eines Geräts hier etwas von denen des Risiko-Tabs ab; ein Gerät allein stimmt genau überein."
        }
        Msg::RiskOffNote => {
            "In {k} von 100 Verläufen bleibt das Gerät an den meisten Tagen abgeschaltet: Im Mittel läuft es an {share} der Tage."
        }
        Msg::ContractHashrate => "Gemietete Hashrate",
        Msg::FeeBasis => "Wartungsgebühr angegeben",
        Msg::FeeOptionPerUnit => "pro {unit} und Tag",
        Msg::FeeOptionWhole => "pro Tag, ganzer Vertrag",
        Msg::CloudSold => "Coins täglich verkauft",
        Msg::CloudKept => "Coins bis zum Ende gehalten",
        Msg::CloudFlatBetter => {
            "Bei gleichbleibendem {ticker}-Kurs bringt der Vertrag ({option}) {net}; für {price} gekaufte {ticker} wären am Ende weiterhin {price} wert, der Vertrag schneidet also um {net} besser ab."
        }
        Msg::CloudFlatWorse => {
            "Bei gleichbleibendem {ticker}-Kurs verliert der Vertrag ({option}) {loss}; für {price} gekaufte {ticker} wären am Ende weiterhin {price} wert, {ticker} zu kaufen oder das Geld zu behalten schneidet also um {loss} besser ab."
        }
        Msg::CloudFlatEven => {
            "Bei gleichbleibendem {ticker}-Kurs holt der Vertrag ({option}) gerade seine {price} herein, wie für {price} gekaufte {ticker}."
        }
        Msg::CloudFlatNote => {
            "Der Coin-Kurs ist als gleichbleibend angenommen (0 % pro Jahr, unter Annahmen): {ticker} zu halten bringt weder Gewinn noch Verlust. Dort eine Kursänderung eintragen, um mit steigendem oder fallendem Kurs zu vergleichen."
        }
        Msg::CloudBetter => {
            "Der Vertrag ({option}) endet bei {best}, {diff} besser, als für {price} {ticker} zu kaufen und zu halten ({buy})."
        }
        Msg::CloudWorse => {
            "Für {price} {ticker} zu kaufen und zu halten endet bei {buy}, {diff} besser als der Vertrag ({option}, {best})."
        }
        Msg::CloudSame => {
            "Der Vertrag ({option}) und der Kauf von {ticker} für {price} enden gleich: {best}."
        }
        Msg::CloudPathNote => {
            "Der Coin-Kurs ändert sich um {change} pro Jahr (unter Annahmen): heute {start}, am Ende der Laufzeit {end}."
        }
        Msg::CloudExampleUnit => {
            "Rechenbeispiel: {price} für {hashrate} über {days} zu {unitFee} pro {unit} und Tag. Die Gebühr beträgt {hashrate} × {unitFee} = {fee} pro Tag. Über {daysRun} schürft der Vertrag {coins} {ticker} nach Pool-Gebühr, täglich verkauft für {revenue}, und die Gebühren ergeben {fees}: {revenue} − {fees} − {price} = {net}."
        }
        Msg::CloudExampleWhole => {
            "Rechenbeispiel: {price} für {hashrate} über {days} zu {fee} pro Tag für den ganzen Vertrag ({unitFee} pro {unit} und Tag). Über {daysRun} schürft der Vertrag {coins} {ticker} nach Pool-Gebühr, täglich verkauft für {revenue}, und die Gebühren ergeben {fees}: {revenue} − {fees} − {price} = {net}."
        }
    }
}
