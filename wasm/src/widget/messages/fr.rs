//! French messages (same keys and placeholders as `en.rs`).

use super::Msg;

pub(super) fn text(m: Msg) -> &'static str {
    match m {
        Msg::Title => "Calculateur de minage",
        Msg::TabsLabel => "Vues",
        Msg::Footer => {
            "Estimations d'après les chiffres du jour, ni une prévision ni un conseil financier. Données de marché : {source}."
        }
        Msg::StaleNote => "Corrigez le champ signalé pour mettre à jour les résultats.",
        Msg::GroupHardware => "Matériel",
        Msg::GroupCosts => "Coûts",
        Msg::GroupMarket => "Données de marché",
        Msg::MarketAsOf => "au {date}",
        Msg::ResetMarket => "Utiliser les valeurs de l'instantané",
        Msg::Rig => "Machine",
        Msg::Coin => "Cryptomonnaie",
        Msg::Hashrate => "Taux de hachage",
        Msg::HashUnitLabel => "Unité du taux de hachage",
        Msg::Power => "Consommation électrique",
        Msg::HardwareCost => "Coût du matériel",
        Msg::ElectricityPrice => "Prix de l'électricité",
        Msg::Currency => "Devise",
        Msg::PoolFee => "Frais de pool",
        Msg::Uptime => "Temps de fonctionnement",
        Msg::Overhead => "Surconsommation refroidissement et alimentation",
        Msg::CoinPrice => "Cours de la cryptomonnaie",
        Msg::Difficulty => "Difficulté du réseau",
        Msg::BlockHeight => "Hauteur de bloc",
        Msg::BlockReward => "Récompense de bloc",
        Msg::TxFees => "Frais de transaction par bloc",
        Msg::BlockTime => "Temps de bloc",
        Msg::WorkPerDifficulty => "Travail par unité de difficulté",
        Msg::HelpHardwareCost => "Facultatif : donne le délai d'amortissement.",
        Msg::HelpOverhead => {
            "Électricité supplémentaire pour les ventilateurs, le refroidissement et les pertes de l'alimentation."
        }
        Msg::HelpWorkPerDifficulty => {
            "Nombre de hachages attendu par bloc à la difficulté 1 (2^32 pour les chaînes de type Bitcoin)."
        }
        Msg::RigGroupAsic => "Mineurs ASIC",
        Msg::RigGroupGpu => "Cartes graphiques",
        Msg::RigGroupCpu => "Processeurs",
        Msg::RigCustom => "Matériel personnalisé",
        Msg::CoinCustom => "Autre cryptomonnaie (saisir ses chiffres)",
        Msg::CoinNotMineable => "{name} ({ticker}) : impossible à miner",
        Msg::EthNote => {
            "Ethereum est passé à la preuve d'enjeu (proof of stake) le 15 septembre 2022 et ne peut plus être miné. Les GPU qui le minaient minent désormais Ethereum Classic (ETC)."
        }
        Msg::HintPreset => {
            "Chiffres de la fiche technique ({date}) · modifiez le taux de hachage ou la consommation pour les remplacer"
        }
        Msg::HintHeightToday => {
            "Attendue aujourd'hui : la hauteur de l'instantané plus un bloc par temps de bloc écoulé depuis"
        }
        Msg::HintEdited => "Votre valeur (instantané du {date} : {value})",
        Msg::HintRewardAuto => "D'après le calendrier au bloc {height} · modifiez pour remplacer",
        Msg::HintRigPrice => {
            "Prix habituel d'une unité neuve : {price} ({date}, {source}) · remplacez-le par le vôtre"
        }
        Msg::HintNoRigPrice => {
            "Pas de prix habituel pour cette machine : saisissez le vôtre pour l'amortissement et le rendement."
        }
        Msg::CoinSwitched => {
            "{rig} ne peut pas miner {asked} : affichage de {shown}, que cette machine peut miner."
        }
        Msg::GrowDifficulty => "Estimer la difficulté du jour",
        Msg::HelpGrowDifficulty => {
            "Fait croître la difficulté des données de marché jusqu'à aujourd'hui selon la hausse de la difficulté par mois indiquée sous Hypothèses. Une estimation, pas une mesure."
        }
        Msg::HintGrown => {
            "Estimation pour aujourd'hui : {value} augmentée de {growth} % par mois pendant {days} jours (données du {date})"
        }
        Msg::HintFees => "Vide : {fees} {ticker} par bloc, valeur habituelle des données de marché",
        Msg::WarnDifficultyBelowMinimum => {
            "Inférieure à la difficulté minimale de la chaîne (1) : ce résultat ne correspond à rien de réel."
        }
        Msg::WarnDifficultyFarBelow => {
            "Plus de 1 000 fois inférieure à la difficulté du réseau dans les données de marché : vérifiez ce chiffre."
        }
        Msg::WarnHashrateAboveNetwork => {
            "Supérieur au taux de hachage du réseau entier : vérifiez le taux de hachage et la difficulté."
        }
        Msg::WarnPriceFar => {
            "Plus de 1 000 fois éloigné du cours des données de marché : vérifiez ce chiffre."
        }
        Msg::WarnFreePower => "Aucun prix de l'électricité : électricité gratuite supposée.",
        Msg::HintFromFeed => {
            "Données de marché de ce site, {date}, source {source} · modifiez pour remplacer"
        }
        Msg::HintBuiltin => "Instantané intégré du {date} · modifiez pour mettre à jour",
        Msg::HintConverted => "Converti à 1 USD = {rate} {currency} ({date})",
        Msg::HeadlineData => "Données de marché du {date} · {origin}",
        Msg::OriginFeed => "données de ce site",
        Msg::OriginBuiltin => "instantané intégré",
        Msg::AgeNotice => {
            "Ces données de marché datent de {days} jours. La difficulté a généralement augmenté depuis : les gains d'aujourd'hui sont donc probablement inférieurs à ceux affichés. Modifiez le cours et la difficulté sous Données de marché, ou demandez au site de mettre à jour ses données."
        }
        Msg::AgeOld => "D'après des données anciennes ({date})",
        Msg::FeedFailed => {
            "Les données de marché de ce site n'ont pas pu être utilisées ({reason}) ; affichage de l'instantané intégré du {date}."
        }
        Msg::FeedHttp => "le serveur a répondu HTTP {status}",
        Msg::FeedTimeout => "pas de réponse dans les 10 secondes",
        Msg::FeedTooLarge => "plus de 1 Mo",
        Msg::FeedNetwork => "elles n'ont pas pu être téléchargées",
        Msg::FeedInvalid => "{error}",
        Msg::FeedCached => {
            "Hors ligne : utilisation des données de marché de ce site enregistrées le {date}."
        }
        Msg::ErrNoRate => {
            "Aucun taux de change pour {currency} dans les données de marché : saisissez le cours de la cryptomonnaie en {currency}."
        }
        Msg::ViewHardware => "Votre propre matériel",
        Msg::ProfitPerDay => "Bénéfice par jour",
        Msg::PerMonthPerYear => "{month} par mois · {year} par an",
        Msg::BreakdownCaption => "Par jour, mois et an",
        Msg::ColDay => "Jour",
        Msg::ColMonth => "Mois",
        Msg::ColYear => "An",
        Msg::RowCoins => "{ticker} minés",
        Msg::RowRevenue => "Revenu",
        Msg::RowPoolFee => "Frais de pool",
        Msg::RowElectricity => "Électricité",
        Msg::RowProfit => "Bénéfice",
        Msg::PeriodNote => {
            "Un mois est un mois moyen de 30,4375 jours ; un an compte 365,25 jours."
        }
        Msg::HowAreTheseComputed => "Comment sont-ils calculés ?",
        Msg::HowIsThisComputed => "Comment est-ce calculé ?",
        Msg::FigBreakEvenElectricity => "Prix de l'électricité au seuil de rentabilité",
        Msg::FigBreakEvenCoin => "Cours au seuil de rentabilité",
        Msg::FigPayback => "Amortissement",
        Msg::FigEfficiency => "Efficacité",
        Msg::FigHashprice => "Hashprice",
        Msg::PerKwh => "{price} par kWh",
        Msg::PerCoin => "{price} par {ticker}",
        Msg::HashpriceValue => "{value} par {unit} et par jour",
        Msg::PaybackAround => "vers le {date}",
        Msg::PaybackNoCost => "Saisissez un coût du matériel",
        Msg::PaybackNever => "Jamais aux chiffres du jour",
        Msg::NoPowerDrawn => {
            "Aucune électricité n'est consommée : il n'y a donc pas de prix au seuil de rentabilité."
        }
        Msg::NoCoinsMined => {
            "Il ne reste aucune cryptomonnaie après les frais de pool : aucun cours n'atteint le seuil de rentabilité."
        }
        Msg::FormulaWork => "Travail par bloc = difficulté × travail par unité de difficulté",
        Msg::FormulaWorkNetwork => "Travail par bloc = taux de hachage du réseau × temps de bloc",
        Msg::FormulaCoins => {
            "Cryptomonnaie par jour = taux de hachage × 86 400 s × (récompense de bloc + frais) ÷ travail par bloc × temps de fonctionnement"
        }
        Msg::FormulaRevenue => "Revenu = cryptomonnaie × cours",
        Msg::FormulaPoolFee => "Frais de pool = revenu × frais de pool en %",
        Msg::FormulaElectricity => {
            "Électricité = consommation × (1 + surconsommation) × 24 h × temps de fonctionnement × prix par kWh"
        }
        Msg::FormulaProfit => "Bénéfice = revenu − frais de pool − électricité",
        Msg::FormulaPeriods => "Mois = jour × {month} ; an = jour × {year}.",
        Msg::FormulaBreakEvenElectricity => {
            "Prix au seuil de rentabilité = (revenu − frais de pool) ÷ énergie par jour"
        }
        Msg::FormulaBreakEvenCoin => {
            "Cours au seuil de rentabilité = électricité ÷ (cryptomonnaie × part conservée après les frais de pool)"
        }
        Msg::FormulaPayback => "Amortissement = coût du matériel ÷ bénéfice par jour",
        Msg::FormulaEfficiency => "Efficacité = consommation ÷ taux de hachage",
        Msg::FormulaHashprice => {
            "Hashprice = revenu par jour à plein temps de fonctionnement, avant frais de pool ÷ taux de hachage"
        }
        Msg::ChartTitle => "Bénéfice par jour à d'autres prix de l'électricité",
        Msg::ChartBreakEven => "seuil de rentabilité {price}",
        Msg::ChartYou => "vous : {price}",
        Msg::ChartSummary => {
            "Le bénéfice par jour tombe à zéro à un prix de l'électricité de {breakEven} par kWh. À votre prix de {price}, il est de {profit}."
        }
        Msg::GroupContract => "Contrat de cloud mining",
        Msg::GroupAssumptions => "Hypothèses",
        Msg::Days => "Horizon (jours)",
        Msg::DifficultyGrowth => "Hausse de la difficulté par mois",
        Msg::PriceChange => "Variation du cours par an",
        Msg::ElectricityPriceChange => "Variation du prix de l'électricité par an",
        Msg::HashrateDecay => "Perte de taux de hachage par an",
        Msg::Tax => "Impôt sur le bénéfice",
        Msg::Shutdown => "Arrêter pendant les heures déficitaires",
        Msg::Resale => "Valeur de revente à la fin",
        Msg::OffPeakHours => "Heures creuses par jour",
        Msg::OffPeakPrice => "Prix de l'électricité en heures creuses",
        Msg::ContractPrice => "Prix du contrat",
        Msg::MaintenanceFee => "Frais de maintenance par jour",
        Msg::ContractDays => "Durée du contrat (jours)",
        Msg::HelpDays => "Jusqu'à 3653 (dix ans). Les taux sont composés chaque jour.",
        Msg::HelpResale => "Part du coût du matériel que vous récupérez.",
        Msg::HelpOffPeak => {
            "Le prix de l'électricité ci-dessus est alors celui des heures pleines."
        }
        Msg::HelpContractPrice => "Payé d'avance pour le taux de hachage ci-dessus.",
        Msg::ViewCloud => "Contrat de cloud mining",
        Msg::ViewCompare => "Comparer",
        Msg::OverTime => "Dans la durée",
        Msg::FigProfitIn => "Bénéfice sur {days}",
        Msg::FigPaysBack => "Date d'amortissement",
        Msg::FigRoi => "Rendement",
        Msg::NotWithin => "Pas dans les {days}",
        Msg::ChartNetTitle => "Bénéfice cumulé après le coût initial",
        Msg::ChartPaysBack => "amorti le {date}",
        Msg::SummaryPaysBack => "Amorti le {date}. Après {days} : {net}.",
        Msg::SummaryNever => "Pas amorti en {days}. Après {days} : {net}.",
        Msg::SummaryNoCost => {
            "Bénéfice après {days} : {net}. Saisissez un coût du matériel pour voir quand il est amorti."
        }
        Msg::Halving => "halving",
        Msg::HalvingTitle => "Halving le {date} : {before} → {after} {ticker} par bloc",
        Msg::ProjectionNote => {
            "Jour par jour à partir du {date} au bloc {height}, avec les chiffres et hypothèses du formulaire. Pas une prévision."
        }
        Msg::DownloadCsv => "Télécharger le CSV",
        Msg::CopyLink => "Copier le lien",
        Msg::LinkCopied => "Lien copié.",
        Msg::LinkInAddressBar => "Le lien est dans la barre d'adresse.",
        Msg::LinkNotCopied => {
            "Impossible de copier le lien : le navigateur a refusé. Il est dans la barre d'adresse."
        }
        Msg::LinkField => "Lien vers ce calcul",
        Msg::CloudPrompt => {
            "Saisissez un prix de contrat pour évaluer la location du taux de hachage ci-dessus."
        }
        Msg::CloudKpi => "Bénéfice net du contrat",
        Msg::OptSell => "Contrat, cryptomonnaie vendue chaque jour",
        Msg::OptHold => "Contrat, cryptomonnaie conservée jusqu'à la fin",
        Msg::OptBuy => "Acheter des {ticker} le premier jour et les conserver",
        Msg::OptHardware => "Votre propre matériel",
        Msg::ColOption => "Option",
        Msg::ColProfit => "Bénéfice",
        Msg::Best => "meilleur",
        Msg::EndedEarly => {
            "Le fournisseur met fin au contrat le {date}, lorsque les frais dépassent la production."
        }
        Msg::CloudNote => {
            "Utilise le taux de hachage, les frais de pool et le temps de fonctionnement ci-dessus ; le fournisseur paie l'électricité. Cours à la fin : {price}."
        }
        Msg::ComparePrompt => {
            "Saisissez un coût du matériel (la somme à dépenser) et un prix de contrat pour comparer."
        }
        Msg::ComparePromptPrice => {
            "Saisissez un prix du contrat sous Contrat de cloud mining pour comparer."
        }
        Msg::ComparePromptCost => {
            "Saisissez un coût du matériel (la somme à dépenser) pour comparer."
        }
        Msg::CompareNote => {
            "Chaque option dépense {outlay} le {date} et est évaluée après {days}. Le contrat obtient {hashrate} au prix du contrat de cloud mining par taux de hachage et par jour. L'impôt s'applique à chaque bénéfice final."
        }
        Msg::BestAfter => "Meilleur après {days}",
        Msg::CompareChartTitle => "Bénéfice après {days}",
        Msg::GroupRisk => "Simulation",
        Msg::GroupPortfolio => "Portefeuille",
        Msg::PriceVolatility => "Volatilité du cours par an",
        Msg::DifficultyVolatility => "Volatilité de la difficulté par an",
        Msg::Paths => "Scénarios simulés",
        Msg::Seed => "Graine aléatoire",
        Msg::Correlation => "Corrélation entre les cours",
        Msg::HelpVolatility => {
            "L'amplitude habituelle des variations du cours sur un an. Vide : une valeur habituelle pour cette cryptomonnaie."
        }
        Msg::HelpDifficultyVolatility => {
            "À quel point la difficulté du réseau croît irrégulièrement."
        }
        Msg::HelpSeed => {
            "La même graine donne le même résultat ; changez-la pour tirer d'autres scénarios."
        }
        Msg::HelpCorrelation => {
            "1 : toutes les cryptomonnaies évoluent ensemble ; 0 : chacune de son côté."
        }
        Msg::ViewRisk => "Risque",
        Msg::ViewMatters => "Ce qui compte",
        Msg::ViewCoins => "Quelle cryptomonnaie",
        Msg::ViewPortfolio => "Portefeuille",
        Msg::HorizonYear => "un an",
        Msg::HorizonYears => "{n} ans",
        Msg::HorizonMonths => "{n} mois",
        Msg::HorizonDays => "{n} jours",
        Msg::WaitYears => "{n} ans",
        Msg::RiskKpiPayback => "Amorti en {horizon}",
        Msg::KpiOf100 => "{k} sur 100",
        Msg::RiskPayback => {
            "Dans {k} scénarios simulés sur 100, cette machine est amortie en {horizon}."
        }
        Msg::RiskLoss => {
            "Dans {k} sur 100, elle finit en perte, coût du matériel et revente compris."
        }
        Msg::RiskNoCost => "Saisissez un coût du matériel pour voir la probabilité de l'amortir.",
        Msg::RiskRange => {
            "Après {horizon}, tous coûts compris : {p50} dans un scénario typique ; 1 sur 20 finit à {p5} ou moins, 1 sur 20 à {p95} ou plus."
        }
        Msg::RiskMedianPayback => "La moitié des scénarios sont amortis au {date}.",
        Msg::RiskVolatility => {
            "Volatilité du cours {v} % par an ({source}) : environ 2 années sur 3, le cours finit entre {low} et {high} de sa tendance."
        }
        Msg::RiskVolDefault => "habituelle pour {coin}",
        Msg::RiskVolYours => "votre réglage",
        Msg::RiskEstimate => {
            "Estimations à partir de {paths} scénarios simulés avec la graine {seed}, pas une prévision. La même graine donne le même résultat."
        }
        Msg::Running => "Simulation de {paths} scénarios…",
        Msg::RiskChartTitle => "Bénéfice cumulé dans les scénarios simulés",
        Msg::LegendOuter => "90 scénarios sur 100",
        Msg::LegendInner => "moitié centrale",
        Msg::LegendMedian => "médiane",
        Msg::RiskChartSummary => {
            "Bénéfice cumulé après {horizon} : médiane {p50} ; 90 scénarios sur 100 entre {p5} et {p95}."
        }
        Msg::MattersTornado => {
            "Ce qui fait le plus varier le bénéfice par jour (chaque paramètre −{d} % et +{d} %)"
        }
        Msg::MattersTornadoSummary => {
            "Paramètre le plus influent : {input}. À −{d} %, le bénéfice par jour est de {low}, à +{d} %, de {high} (aujourd'hui {base})."
        }
        Msg::MattersNoChange => "aucun changement",
        Msg::MattersInput => "Paramètre",
        Msg::MattersHeat => "Bénéfice par jour selon le prix de l'électricité et le cours",
        Msg::MattersHeatSummary => {
            "Les cases vertes sont bénéficiaires, les rouges déficitaires. Au cours du jour, l'électricité est rentable jusqu'à {kwh} par kWh ; à votre prix de l'électricité, la cryptomonnaie doit valoir au moins {coin}. Vous : {profit} par jour."
        }
        Msg::MattersYou => "vous",
        Msg::MattersProfit => "bénéfice",
        Msg::MattersLoss => "perte",
        Msg::MattersBreakEven => "seuil de rentabilité",
        Msg::CoinsCaption => {
            "Toutes les cryptomonnaies que cette machine peut miner, la meilleure en premier (par jour)"
        }
        Msg::ColBreakEven => "Seuil de rentabilité par kWh",
        Msg::CoinsYours => "votre choix",
        Msg::CoinsMerged => "Litecoin + Dogecoin (minage fusionné)",
        Msg::CoinsNote => {
            "Chiffres du jour, chaque cryptomonnaie selon son instantané ; vos chiffres de marché ne s'appliquent qu'à {coin}."
        }
        Msg::SoloTitle => "Minage en solo de {coin}",
        Msg::SoloSentence => {
            "En minant seule, cette machine trouverait un bloc environ une fois tous les {wait} : une probabilité de {chance} d'en trouver au moins un en un an. Un bloc rapporte {coins} {ticker} ({value})."
        }
        Msg::SoloCaption => "Probabilité de trouver au moins un bloc",
        Msg::ColPeriod => "Période",
        Msg::ColBlocks => "Blocs attendus",
        Msg::ColChance => "Probabilité",
        Msg::ColWeek => "Semaine",
        Msg::SoloNote => {
            "Dans un pool, vous recevez une part régulière ; seul, vous ne gagnez rien tant que vous ne trouvez pas un bloc entier."
        }
        Msg::PfIntro => {
            "Ajoutez ce que vous possédez ou prévoyez d'acheter. Chaque position est simulée seule et avec toutes les autres, avec des cours aussi corrélés que réglé dans le formulaire."
        }
        Msg::PfKind => "Position",
        Msg::PfRig => "Machine",
        Msg::PfContract => "Contrat de cloud mining",
        Msg::PfHold => "Cryptomonnaie détenue",
        Msg::PfInvested => "Montant investi",
        Msg::PfAdd => "Ajouter la position",
        Msg::PfRemove => "Supprimer",
        Msg::PfFormRig => "Votre machine (formulaire)",
        Msg::PfCombined => "Tout ensemble",
        Msg::PfCaption => {
            "Bénéfice final après {horizon}, chaque position seule et toutes ensemble"
        }
        Msg::ColLoss => "Probabilité de perte",
        Msg::ColTypical => "Typique",
        Msg::ColRange => "90 sur 100 entre",
        Msg::PfVar => {
            "Dans les pires scénarios (1 sur 20), le portefeuille entier perd {together} ou plus ; les pires cas des positions additionnés atteignent {separate}."
        }
        Msg::PfNoVar => {
            "Même dans les pires scénarios (1 sur 20), le portefeuille entier ne perd pas d'argent."
        }
        Msg::PfNote => {
            "Estimations à partir de {paths} scénarios simulés avec la graine {seed} et une corrélation des cours de {rho}, pas une prévision."
        }
        Msg::ErrRequired => "Saisissez une valeur.",
        Msg::ErrNumber => "Saisissez un nombre, par exemple 0,12 ou 3500.",
        Msg::ErrRange => "Valeur attendue : {expected} (vous avez saisi {got}).",
        Msg::ErrUnit => "Unité inconnue : utilisez {units}.",
        Msg::ErrUnknownRig => "Machine inconnue « {got} » : choisissez-en une dans la liste.",
        Msg::ErrUnknownCoin => {
            "Cryptomonnaie inconnue « {got} » : choisissez-en une dans la liste."
        }
        Msg::ErrOverflow => "Cette valeur est trop grande pour le calcul.",
        Msg::ErrPriceInUsd => {
            "Le cours de l'instantané est en dollars américains : saisissez le cours de la cryptomonnaie en {currency}."
        }
        Msg::ErrCurrency => "Utilisez un code de devise ISO 4217, comme USD ou EUR.",
        Msg::RangeBetween => "entre {min} et {max}",
        Msg::RangeAtLeast => "au moins {min}",
        Msg::RangeAtMost => "au plus {max}",
        Msg::RangeNonNegative => "0 ou plus",
        Msg::RangePositive => "supérieur à 0",
        Msg::RangeWhole => "un nombre entier entre {min} et {max}",
        Msg::SkipToResults => "Aller aux résultats",
        Msg::LanguageLabel => "Langue",
        Msg::HomeMiner => "mineur domestique",
        Msg::LoadingView => "Chargement…",
        Msg::LoadFailed => {
            "Cette partie du calculateur n’a pas pu être chargée. Vérifiez la connexion, puis rouvrez-la."
        }
        Msg::ShowProjection => "Afficher la projection dans le temps",
        Msg::ProjectionTeaser => {
            "Retour sur investissement, halvings et hausse de la difficulté, jour après jour."
        }
        Msg::LiveError => "{field} : {message}",
        Msg::RiskKpiRunning => "Bénéfice d’exploitation positif après {horizon}",
        Msg::RiskKpiRunningLoss => "Exploitation à perte après {horizon}",
        Msg::RiskKpiOff => "À l’arrêt la plupart du temps sur {horizon}",
        Msg::RiskRunningProfit => {
            "Sans coût du matériel, ceci mesure le bénéfice d’exploitation (revenus moins frais de pool et électricité) : dans {k} avenirs simulés sur 100, il est positif après {horizon}. Saisissez un coût du matériel pour voir l’amortissement."
        }
        Msg::RiskRunningLoss => {
            "Sans coût du matériel, ceci mesure le bénéfice d’exploitation (revenus moins frais de pool et électricité) : dans {k} avenirs simulés sur 100, c’est une perte après {horizon}. Saisissez un coût du matériel pour voir l’amortissement."
        }
        Msg::RiskSwitchedOff => {
            "Sur {horizon}, la machine perdrait de l’argent la plupart des heures, donc l’arrêt automatique la garde éteinte dans la plupart des avenirs ({k} sur 100) : en moyenne, elle tourne {share} des jours. Son bénéfice cumulé reste proche de zéro parce qu’elle est à l’arrêt, pas parce qu’elle rapporte."
        }
        Msg::CoinsBest => {
            "{coin} rapporte le plus avec cette machine à votre prix de l’électricité : {profit} par jour."
        }
        Msg::CoinsBestOther => "Votre choix, {chosen}, rapporte {profit} par jour.",
        Msg::CoinsNonePays => {
            "Aucune monnaie n’est rentable à {price} par kWh : la meilleure, {coin}, fait {profit} par jour. Le minage devient rentable en dessous de {breakEven} par kWh ({beCoin})."
        }
        Msg::CoinsNoCoin => "Cette machine ne mine aucune des monnaies du tableau.",
        Msg::PfJointNote => {
            "Avec plus d’une monnaie, chaque position est tirée avec les autres cours, donc les chiffres d’une machine diffèrent un peu de ceux de l’onglet Risque ; une machine seule y correspond exactement."
        }
        Msg::RiskOffNote => {
            "Dans {k} avenirs sur 100, l’arrêt automatique garde la machine éteinte la plupart des jours : en moyenne, elle tourne {share} d’entre eux."
        }
        Msg::ContractHashrate => "Taux de hachage loué",
        Msg::FeeBasis => "Frais de maintenance exprimés",
        Msg::FeeOptionPerUnit => "par {unit} et par jour",
        Msg::FeeOptionWhole => "par jour, pour tout le contrat",
        Msg::CloudSold => "monnaies vendues chaque jour",
        Msg::CloudKept => "monnaies gardées jusqu’à la fin",
        Msg::CloudFlatBetter => {
            "À cours de {ticker} constant, le contrat ({option}) rapporte {net} ; des {ticker} achetés pour {price} vaudraient toujours {price} à la fin, donc le contrat fait {net} de mieux."
        }
        Msg::CloudFlatWorse => {
            "À cours de {ticker} constant, le contrat ({option}) perd {loss} ; des {ticker} achetés pour {price} vaudraient toujours {price} à la fin, donc acheter des {ticker}, ou garder l’argent, fait {loss} de mieux."
        }
        Msg::CloudFlatEven => {
            "À cours de {ticker} constant, le contrat ({option}) récupère tout juste ses {price}, comme des {ticker} achetés pour {price}."
        }
        Msg::CloudFlatNote => {
            "Le cours est supposé constant (0 % par an, dans Hypothèses) : détenir des {ticker} ne fait ni gagner ni perdre. Indiquez-y une évolution du cours pour comparer avec un cours en hausse ou en baisse."
        }
        Msg::CloudBetter => {
            "Le contrat ({option}) finit à {best}, {diff} de mieux qu’acheter des {ticker} pour {price} et les garder ({buy})."
        }
        Msg::CloudWorse => {
            "Acheter des {ticker} pour {price} et les garder finit à {buy}, {diff} de mieux que le contrat ({option}, {best})."
        }
        Msg::CloudSame => {
            "Le contrat ({option}) et l’achat de {ticker} pour {price} finissent pareil : {best}."
        }
        Msg::CloudPathNote => {
            "Le cours évolue de {change} par an (dans Hypothèses) : {start} aujourd’hui, {end} à la fin du contrat."
        }
        Msg::CloudExampleUnit => {
            "Exemple chiffré : {price} pour {hashrate} pendant {days} à {unitFee} par {unit} et par jour. Les frais sont de {hashrate} × {unitFee} = {fee} par jour. Sur {daysRun}, le contrat mine {coins} {ticker} après frais de pool, vendus au jour le jour pour {revenue}, et les frais s’élèvent à {fees} : {revenue} − {fees} − {price} = {net}."
        }
        Msg::CloudExampleWhole => {
            "Exemple chiffré : {price} pour {hashrate} pendant {days} à {fee} par jour pour tout le contrat ({unitFee} par {unit} et par jour). Sur {daysRun}, le contrat mine {coins} {ticker} après frais de pool, vendus au jour le jour pour {revenue}, et les frais s’élèvent à {fees} : {revenue} − {fees} − {price} = {net}."
        }
    }
}
