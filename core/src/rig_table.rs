//! The rig rows: spec-sheet hashrate and power per algorithm, each with the source it was taken
//! from and that source's month. Prices are not here: they change monthly and live in the
//! market snapshot's `rigs` (`core/data/market.json`, merged in with `cargo xtask market import`);
//! `core/data/RIGS.md` lists both side by side, with full citations.
//!
//! Rule for every row: `date` is the month of the maker's sheet when that could be sourced,
//! otherwise the month of the cited source that carries the figures (said so in `note`). Where a
//! source gives only hashrate and J/TH, power is hashrate × J/TH, and the comment says so.
//! "2Miners' gpu.json" in comments is github.com/2miners/2cryptocalc-hashrates `gpu.json`, a
//! mining pool calculator's table (hashrates and typical prices, no power), cited by commit month.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::coins::Algorithm::{
    self, Equihash, Etchash, KHeavyHash, KawPow, RandomX, Scrypt, Sha256,
};
use crate::rigs::{Rig, RigKind, RigMode};

/// Sources cited by several rows.
const CHAINS_MD: &str = "shared/CHAINS.md hardware table (figures from makers' sheets)";
/// A 2026 landscape table of public spec sheets, SEC filings and retail listings; a secondary
/// source, used where no maker sheet could be found. "Last updated: 2026-09".
const ORE_2026: &str = "github.com/tonythetiger168/ore BUSINESS.md, section 1 \"The 2026 field\" \
     (last updated 2026-09)";
/// A miner sheet with asicmarketplace.com listing links, committed 2025-08-23.
const MININGFTW: &str =
    "github.com/kookoo55/miningftw data/btc_miner_sheet.csv (commit 2025-08-23)";
const HASHRATE_INDEX_A16: &str =
    "https://hashrateindex.com/blog/hardware-review-canaans-a16-series (2025-10)";
/// A UAE retailer's product sheets (dahabminers.com), each with the maker's hashrate, power
/// and release month; file first committed 2025-12-15.
const DAHAB: &str = "github.com/Tron-Technolegies/DahabWebsite src/utils/productFullDetails.js \
     (commit 57e16aa, 2025-12)";
/// uminers.com catalogue figures and USDT prices as recorded in a public GitHub catalogue file
/// ("collected 17 Aug 2026 from public pages"). The search index that found it does not name
/// its repository, so this is a secondary, weaker citation; see core/data/RIGS.md.
const UMINERS_2026_08: &str = "uminers.com catalogue as recorded in a public GitHub catalogue \
     file (\"collected 17 Aug 2026\"; repository not identified, see RIGS.md)";
/// Kat Pool's "Mining Hardware" page (a Kaspa pool): hashrate and power per Kaspa ASIC.
const KATPOOL: &str = "github.com/Nacho-the-Kat/KatPool-Frontend \
     app/(default)/resources/mining-hardware/page.tsx (commit e1da91d, 2025-07)";

const fn mode(algorithm: Algorithm, hashrate: &'static str, power_watts: Decimal) -> RigMode {
    RigMode {
        algorithm,
        hashrate,
        power_watts,
    }
}

#[allow(clippy::too_many_arguments)]
const fn rig(
    id: &'static str,
    name: &'static str,
    maker: &'static str,
    kind: RigKind,
    date: &'static str,
    modes: &'static [RigMode],
    spec_source: &'static str,
    note: &'static str,
) -> Rig {
    Rig {
        id,
        name,
        maker,
        kind,
        date,
        modes,
        // Without the `citations` feature (the widget's first module) the text is left out.
        spec_source: if cfg!(feature = "citations") {
            spec_source
        } else {
            ""
        },
        note: if cfg!(feature = "citations") {
            note
        } else {
            ""
        },
    }
}

use RigKind::{Asic, Cpu, Gpu};

/// Every preset, ASICs first (SHA-256, Scrypt, kHeavyHash, Equihash), then GPUs, then CPUs.
pub(crate) static RIGS: [Rig; 49] = [
    // ---------------------------------------------------------------- SHA-256, Bitmain
    // 200 TH/s, 3500 W: CHAINS.md; the same pair in MININGFTW; Bitmain's 200 TH/s at 17.5 J/TH
    // per https://hackernoon.com (BTCWire S21 review, 2024-03).
    rig(
        "antminer-s21",
        "Antminer S21",
        "Bitmain",
        Asic,
        "2023-10",
        &[mode(Sha256, "200 TH/s", dec!(3500))],
        CHAINS_MD,
        "Air-cooled; 17.5 J/TH.",
    ),
    // 234 TH/s, 3510 W: CHAINS.md (15 J/TH). MININGFTW lists a 245 TH/s bin at 3510 W.
    rig(
        "antminer-s21-pro",
        "Antminer S21 Pro",
        "Bitmain",
        Asic,
        "2024-07",
        &[mode(Sha256, "234 TH/s", dec!(3510))],
        CHAINS_MD,
        "Air-cooled; 15 J/TH. A 245 TH/s bin is also listed (miningftw sheet).",
    ),
    // 270 TH/s, 3645 W: CHAINS.md; 270 TH/s ±3 % at 13.5 J/TH ±5 % also on
    // https://btcminermarketplace.com/how-to-calculate-roi-for-bitcoin-miner-s21-xp (undated).
    rig(
        "antminer-s21-xp",
        "Antminer S21 XP",
        "Bitmain",
        Asic,
        "2024-07",
        &[mode(Sha256, "270 TH/s", dec!(3645))],
        CHAINS_MD,
        "Air-cooled; 13.5 J/TH.",
    ),
    // 216 TH/s: https://btcminermarketplace.com/how-to-calculate-profitability-of-antminer-s21-3
    // (undated). 3564 W: MININGFTW (2025-08), which pairs it with its 235 TH/s row;
    // 3564 W / 216 TH/s = 16.5 J/TH, the S21+ base bin.
    rig(
        "antminer-s21-plus",
        "Antminer S21+",
        "Bitmain",
        Asic,
        "2025-08",
        &[mode(Sha256, "216 TH/s", dec!(3564))],
        "https://btcminermarketplace.com/how-to-calculate-profitability-of-antminer-s21-3 \
         (hashrate, undated); github.com/kookoo55/miningftw data/btc_miner_sheet.csv \
         (power, commit 2025-08-23)",
        "Air-cooled base bin (16.5 J/TH); a 235 TH/s bin is also listed. Date is the power \
         source's, not Bitmain's launch.",
    ),
    // 338 TH/s, 5070 W (15 J/TH): UMINERS_2026_08 row "antminer-s21-plus-hyd". An undated page
    // seen in the first round gave a 319 TH/s, 4785 W bin (also 15 J/TH).
    rig(
        "antminer-s21-plus-hyd",
        "Antminer S21+ Hyd",
        "Bitmain",
        Asic,
        "2026-08",
        &[mode(Sha256, "338 TH/s", dec!(5070))],
        UMINERS_2026_08,
        "Hydro, 15 J/TH. A 319 TH/s bin also exists. Figures from a retailer catalogue \
         (secondary); date is the source's, not Bitmain's launch.",
    ),
    // 473 TH/s at 12.0 J/TH: ORE_2026; power = 473 × 12.0 = 5676 W.
    rig(
        "antminer-s21-xp-hyd",
        "Antminer S21 XP Hyd",
        "Bitmain",
        Asic,
        "2026-09",
        &[mode(Sha256, "473 TH/s", dec!(5676))],
        ORE_2026,
        "Hydro (water-cooled). Power derived: 473 TH/s x 12.0 J/TH. Date is \
         the source's, not Bitmain's launch.",
    ),
    // 318 TH/s at 11.0 J/TH: ORE_2026; power = 318 × 11.0 = 3498 W.
    rig(
        "antminer-s23",
        "Antminer S23",
        "Bitmain",
        Asic,
        "2026-09",
        &[mode(Sha256, "318 TH/s", dec!(3498))],
        ORE_2026,
        "Air-cooled. Power derived: 318 TH/s x 11.0 J/TH. No maker sheet found.",
    ),
    // 580 TH/s at 9.5 J/TH: ORE_2026; power = 580 × 9.5 = 5510 W. At its unveiling (World
    // Digital Mining Summit 2025) TheMinerMag reported 9.7 J/TH, shipping early 2026:
    // https://mutli.pro/mining/bitmains-new-antminer-launch-signals-profound-shift-for-bitcoin-miners-theminermag.html
    rig(
        "antminer-s23-hyd",
        "Antminer S23 Hyd",
        "Bitmain",
        Asic,
        "2026-09",
        &[mode(Sha256, "580 TH/s", dec!(5510))],
        ORE_2026,
        "Hydro. Power derived: 580 TH/s x 9.5 J/TH; TheMinerMag reported 9.7 J/TH at the 2025 \
         unveiling (would be 5626 W). No maker sheet found.",
    ),
    // 1,160 TH/s at 9.5 J/TH, "flagship, Jan 2026": ORE_2026; power = 1160 × 9.5 = 11020 W.
    rig(
        "antminer-s23-hyd-3u",
        "Antminer S23 Hyd 3U",
        "Bitmain",
        Asic,
        "2026-01",
        &[mode(Sha256, "1160 TH/s", dec!(11020))],
        ORE_2026,
        "Hydro, 3U form factor. Power derived: 1160 TH/s x 9.5 J/TH. Date is the \
         source's \"Jan 2026\" flagship note.",
    ),
    // 110 TH/s ±3 %, 3250 W ±5 %, released end of February 2020: CHAINS.md and
    // https://blog.zeusmining.co/2022/08/Antminer-s19-pro-110t-evaluation.html (2022-08).
    rig(
        "antminer-s19-pro",
        "Antminer S19 Pro",
        "Bitmain",
        Asic,
        "2020-05",
        &[mode(Sha256, "110 TH/s", dec!(3250))],
        "shared/CHAINS.md; https://blog.zeusmining.co/2022/08/Antminer-s19-pro-110t-evaluation.html \
         (2022-08)",
        "Previous generation (29.5 J/TH); for comparison.",
    ),
    // 140 TH/s, 3010 W: CHAINS.md; github.com/nhamilton1/asics-tools
    // src/utils/asic-queries/asicWattList.ts (2022-10) has 140: 3010 at 21.5 W/TH.
    rig(
        "antminer-s19-xp",
        "Antminer S19 XP",
        "Bitmain",
        Asic,
        "2022-07",
        &[mode(Sha256, "140 TH/s", dec!(3010))],
        "shared/CHAINS.md; github.com/nhamilton1/asics-tools \
         src/utils/asic-queries/asicWattList.ts (2022-10)",
        "Previous generation (21.5 J/TH); for comparison.",
    ),
    // ---------------------------------------------------------------- SHA-256, MicroBT
    // 186 TH/s, 3425 W: CHAINS.md. MicroBT's Oct 2023 launch gave the M60 162-170 TH/s at
    // 19.2 J/TH and the M60S 178/186 TH/s (https://tech4u.app/bitcoin-mining-stocks-soar-as-companies-rush-to-buy-new-hardware-ahead-of-halving),
    // so 186 TH/s is the M60S bin; id and figures kept as published (public API).
    rig(
        "whatsminer-m60",
        "Whatsminer M60",
        "MicroBT",
        Asic,
        "2023-10",
        &[mode(Sha256, "186 TH/s", dec!(3425))],
        CHAINS_MD,
        "186 TH/s is the M60S bin; the plain M60 is 162-170 TH/s at 19.2 J/TH (tech4u.app report \
         of MicroBT's Oct 2023 launch).",
    ),
    // 276 TH/s, 5492.4 W (19.9 J/TH): MININGFTW row "m66" (2025-08). Three-digit M5x/M6x/M7x
    // families are hydro/immersion form factors: https://d-central.tech/whatsminer-m-series/.
    rig(
        "whatsminer-m66",
        "Whatsminer M66",
        "MicroBT",
        Asic,
        "2025-08",
        &[mode(Sha256, "276 TH/s", dec!(5492.4))],
        MININGFTW,
        "Immersion/hydro form factor (M6x three-digit family), 19.9 J/TH. Date is the source's.",
    ),
    // 298 TH/s at 18.0 J/TH: ORE_2026; power = 298 × 18.0 = 5364 W.
    rig(
        "whatsminer-m66s",
        "Whatsminer M66S",
        "MicroBT",
        Asic,
        "2026-09",
        &[mode(Sha256, "298 TH/s", dec!(5364))],
        ORE_2026,
        "Immersion/hydro form factor. Power derived: 298 TH/s x 18.0 J/TH. No maker sheet found.",
    ),
    // 186 TH/s at 3441 W (18.5 J/TH, the top of MicroBT's 170-186 TH/s, 3145-3441 W range):
    // MicroBT's M60S manual (October 2024) as summarised in github.com/auldsyababua/
    // og-ai-inference-research data/miners/Whatsminer-Miner-Library.md (2025-12-02); 186 TH/s
    // also in 2Miners' gpu.json (commit 6c9dfde, 2026-03). 186 x 18.5 = 3441 W.
    rig(
        "whatsminer-m60s",
        "Whatsminer M60S",
        "MicroBT",
        Asic,
        "2024-10",
        &[mode(Sha256, "186 TH/s", dec!(3441))],
        "MicroBT M60S manual (2024-10) via github.com/auldsyababua/og-ai-inference-research \
         data/miners/Whatsminer-Miner-Library.md (2025-12); github.com/2miners/2cryptocalc-hashrates \
         gpu.json (2026-03)",
        "Air-cooled, 18.5 J/TH; the 186 TH/s top bin of a 170-186 TH/s range (power at its upper \
         end, 3441 W).",
    ),
    // 222 TH/s, 3330 W (15 J/TH): UMINERS_2026_08 row "whatsminer-m70". ORE_2026 gives the M70
    // family as 214-526 TH/s at ~14.5 J/TH.
    rig(
        "whatsminer-m70",
        "Whatsminer M70",
        "MicroBT",
        Asic,
        "2026-08",
        &[mode(Sha256, "222 TH/s", dec!(3330))],
        UMINERS_2026_08,
        "Air-cooled, 15 J/TH. Figures from a retailer catalogue (secondary); date is the \
         source's, not MicroBT's launch.",
    ),
    // 428 TH/s, 7310 W (17.1 J/TH): UMINERS_2026_08 row "whatsminer-m63s-plus".
    rig(
        "whatsminer-m63s-plus",
        "Whatsminer M63S+",
        "MicroBT",
        Asic,
        "2026-08",
        &[mode(Sha256, "428 TH/s", dec!(7310))],
        UMINERS_2026_08,
        "Hydro form factor (M6x three-digit family), 17.1 J/TH. Figures from a retailer \
         catalogue (secondary); date is the source's.",
    ),
    // ---------------------------------------------------------------- SHA-256, Canaan
    // 282 TH/s ±5 %, 3900 W ±10 %: the Avalon A16 in HASHRATE_INDEX_A16 (introduced 2025-10).
    // The A1566 itself is a 185 TH/s SKU (https://d-central.tech/fr/asic-troubleshooting/avalon-1566-low-hashrate/).
    rig(
        "avalon-a1566",
        "Avalon A1566 / A16 class",
        "Canaan",
        Asic,
        "2025-01",
        &[mode(Sha256, "282 TH/s", dec!(3900))],
        HASHRATE_INDEX_A16,
        "Figures are the Avalon A16's (13.8 J/TH, Oct 2025); the A1566 itself is rated 185 TH/s \
         (about 18.5 J/TH). Id kept for compatibility.",
    ),
    // 300 TH/s ±5 %, 3850 W ±10 %, 12.8 J/TH: HASHRATE_INDEX_A16.
    rig(
        "avalon-a16-xp",
        "Avalon A16 XP",
        "Canaan",
        Asic,
        "2025-10",
        &[mode(Sha256, "300 TH/s", dec!(3850))],
        HASHRATE_INDEX_A16,
        "Air-cooled; 12.8 J/TH nameplate.",
    ),
    // 90 TH/s at 18.6 J/TH: ORE_2026; power = 90 × 18.6 = 1674 W.
    rig(
        "avalon-q",
        "Avalon Q (home)",
        "Canaan",
        Asic,
        "2026-09",
        &[mode(Sha256, "90 TH/s", dec!(1674))],
        ORE_2026,
        "Home/quiet segment. Power derived: 90 TH/s x 18.6 J/TH.",
    ),
    // 37.5 TH/s at 21.3 J/TH, "$799 home miner": ORE_2026; power = 37.5 × 21.3 = 798.75 W.
    rig(
        "avalon-mini-3",
        "Avalon Mini 3 (home)",
        "Canaan",
        Asic,
        "2026-09",
        &[mode(Sha256, "37.5 TH/s", dec!(798.75))],
        ORE_2026,
        "Home miner. Power derived: 37.5 TH/s x 21.3 J/TH.",
    ),
    // 6 TH/s at 23.3 J/TH, "$249, 33-40 dB": ORE_2026; power = 6 × 23.3 = 139.8 W.
    rig(
        "avalon-nano-3s",
        "Avalon Nano 3S (home)",
        "Canaan",
        Asic,
        "2026-09",
        &[mode(Sha256, "6 TH/s", dec!(139.8))],
        ORE_2026,
        "Home miner, 33-40 dB. Power derived: 6 TH/s x 23.3 J/TH.",
    ),
    // ---------------------------------------------------------------- SHA-256, others
    // 819 TH/s at 14.65 J/TH: ORE_2026 ("Block Proto Rig ... open architecture"); power =
    // 819 × 14.65 = 11998.35 W.
    rig(
        "block-proto-rig",
        "Proto Rig",
        "Block (Proto)",
        Asic,
        "2026-09",
        &[mode(Sha256, "819 TH/s", dec!(11998.35))],
        ORE_2026,
        "Source notes tool-free hashboards, open fleet software and Stratum V2. Power derived: \
         819 TH/s x 14.65 J/TH. No maker sheet found.",
    ),
    // 258 TH/s ±10 %, 3999 W ±5 % (15.5 J/TH): UMINERS_2026_08 row "sealminer-a2-pro-air".
    rig(
        "sealminer-a2-pro-air",
        "SealMiner A2 Pro Air",
        "Bitdeer",
        Asic,
        "2026-08",
        &[mode(Sha256, "258 TH/s", dec!(3999))],
        UMINERS_2026_08,
        "Air-cooled, 15.5 J/TH. Figures from a retailer catalogue (secondary); date is the \
         source's, not Bitdeer's launch.",
    ),
    // 660 TH/s ±10 %, 8250 W ±10 % (12.5 J/TH): UMINERS_2026_08 row "sealminer-a3-pro-hydro".
    rig(
        "sealminer-a3-pro-hydro",
        "SealMiner A3 Pro Hydro",
        "Bitdeer",
        Asic,
        "2026-08",
        &[mode(Sha256, "660 TH/s", dec!(8250))],
        UMINERS_2026_08,
        "Hydro, 12.5 J/TH. Figures from a retailer catalogue (secondary); date is the source's, \
         not Bitdeer's launch.",
    ),
    // 1.3 TH/s, 19 W: CHAINS.md; "around 1.3 TH/s at 15 to 20 watts" in
    // https://getbittr.com/bittr-academy/the-bitcoin-network/what-is-a-bitaxe (2025); ~1.2 TH/s in
    // https://osmu.xyz/t/what-is-the-bitaxe-a-beginners-intro-to-open-source-bitcoin-mining/27.
    rig(
        "bitaxe-gamma",
        "Bitaxe Gamma (home miner)",
        "Bitaxe (open hardware)",
        Asic,
        "2024-09",
        &[mode(Sha256, "1.3 TH/s", dec!(19))],
        "shared/CHAINS.md; https://getbittr.com/bittr-academy/the-bitcoin-network/what-is-a-bitaxe \
         (2025)",
        "Open-source single-BM1370 board (Gamma 601/602); solo-lottery miner. OSMU quotes ~1.2 TH/s.",
    ),
    // "4 x BM1370 ... ~4.8 TH/s at ~76 W (~15.8 J/TH)": github.com/shufps/qaxe README.md
    // (commit be1a4a0, 2026-01-21). The OSMU wiki (github.com/bitaxeorg/osmu-wiki
    // src/content/docs/nerdqaxeplusplus/about.md) says up to 4.8 TH/s at about 60 W.
    rig(
        "nerdqaxe-plus-plus",
        "NerdQAxe++ (home miner)",
        "NerdQAxe (open hardware)",
        Asic,
        "2026-01",
        &[mode(Sha256, "4.8 TH/s", dec!(76))],
        "github.com/shufps/qaxe README.md (commit be1a4a0, 2026-01-21)",
        "Open-source quad-BM1370 board; the OSMU wiki quotes ~60 W, the designer's README ~76 W.",
    ),
    // ---------------------------------------------------------------- Scrypt
    // 9.5 GH/s, 3425 W: CHAINS.md.
    rig(
        "antminer-l7",
        "Antminer L7",
        "Bitmain",
        Asic,
        "2021-11",
        &[mode(Scrypt, "9.5 GH/s", dec!(3425))],
        CHAINS_MD,
        "Merge-mines LTC and DOGE.",
    ),
    // 16 GH/s ±5 %, 3360 W ±5 % (0.21 J/MH), released May 2024: DAHAB row
    // "bitmain-antminer-l9-16gh" (a 17 GH/s, 3570 W bin is listed beside it). The base 15 GH/s
    // variant and the 3150-3360 W range: https://astera.ru/articles/antminer-l9-15-gh-s-podrobnyj-obzor-i-raschyot-rentabelnosti/ (2025-11-27).
    rig(
        "antminer-l9",
        "Antminer L9",
        "Bitmain",
        Asic,
        "2024-05",
        &[mode(Scrypt, "16 GH/s", dec!(3360))],
        "github.com/Tron-Technolegies/DahabWebsite src/utils/productFullDetails.js (2025-12; \
         release May 2024); https://astera.ru/articles/antminer-l9-15-gh-s-podrobnyj-obzor-i-raschyot-rentabelnosti/ (2025-11)",
        "The 16 GH/s bin (0.21 J/MH); 15 and 17 GH/s bins also exist. Merge-mines LTC/DOGE.",
    ),
    // 20 GH/s, 3680 W (184 J/GH): UMINERS_2026_08 row "antminer-l11".
    rig(
        "antminer-l11",
        "Antminer L11",
        "Bitmain",
        Asic,
        "2026-08",
        &[mode(Scrypt, "20 GH/s", dec!(3680))],
        UMINERS_2026_08,
        "Air-cooled; merge-mines LTC/DOGE. Figures from a retailer catalogue (secondary); date is \
         the source's, not Bitmain's launch.",
    ),
    // 14 GH/s ±3 %, 3920 W ±10 % (0.28 J/MH), released July 2024: DAHAB row
    // "elphapex-dg1-plus-14gh".
    rig(
        "elphapex-dg1-plus",
        "Elphapex DG1+",
        "Elphapex",
        Asic,
        "2024-07",
        &[mode(Scrypt, "14 GH/s", dec!(3920))],
        DAHAB,
        "Air-cooled, 0.28 J/MH; merge-mines LTC/DOGE. Spec from a retailer's product sheet.",
    ),
    // ---------------------------------------------------------------- kHeavyHash
    // 40 TH/s ±5 %, 3080 W ±5 % (0.077 J/GH), released May 2025: DAHAB row
    // "bitmain-antminer-ks7-40th"; 40 TH/s also in 2Miners' gpu.json (commit 6c9dfde, 2026-03).
    rig(
        "antminer-ks7",
        "Antminer KS7",
        "Bitmain",
        Asic,
        "2025-05",
        &[mode(KHeavyHash, "40 TH/s", dec!(3080))],
        "github.com/Tron-Technolegies/DahabWebsite src/utils/productFullDetails.js (2025-12; \
         release May 2025); github.com/2miners/2cryptocalc-hashrates gpu.json (2026-03)",
        "Air-cooled, 77 J/TH. A 45 TH/s, 3465 W bin is also sold.",
    ),
    // 21 TH/s ±5 %, 3150 W ±5 % (0.15 J/GH), released March 2024: DAHAB row
    // "bitmain-antminer-ks5-pro-21th"; 21 TH/s also in 2Miners' gpu.json (commit 7eeb6e9, 2024-04).
    rig(
        "antminer-ks5-pro",
        "Antminer KS5 Pro",
        "Bitmain",
        Asic,
        "2024-03",
        &[mode(KHeavyHash, "21 TH/s", dec!(3150))],
        "github.com/Tron-Technolegies/DahabWebsite src/utils/productFullDetails.js (2025-12; \
         release March 2024); github.com/2miners/2cryptocalc-hashrates gpu.json (2024-04)",
        "Air-cooled, 150 J/TH. Previous generation to the KS7.",
    ),
    // 20 TH/s ±5 %, 3000 W ±5 % (0.15 J/GH), released March 2024: DAHAB row
    // "bitmain-antminer-ks5-20th"; 20 TH/s also in 2Miners' gpu.json (2026-03).
    rig(
        "antminer-ks5",
        "Antminer KS5",
        "Bitmain",
        Asic,
        "2024-03",
        &[mode(KHeavyHash, "20 TH/s", dec!(3000))],
        DAHAB,
        "Air-cooled, 150 J/TH.",
    ),
    // 30 TH/s ±5 %, 3500 W ±5 % (0.117 J/GH), released April 2025: DAHAB row
    // "iceriver-kas-ks7-30th"; 30 TH/s also in 2Miners' gpu.json (2026-03).
    rig(
        "iceriver-ks7",
        "IceRiver KS7",
        "IceRiver",
        Asic,
        "2025-04",
        &[mode(KHeavyHash, "30 TH/s", dec!(3500))],
        "github.com/Tron-Technolegies/DahabWebsite src/utils/productFullDetails.js (2025-12; \
         release April 2025); github.com/2miners/2cryptocalc-hashrates gpu.json (2026-03)",
        "Air-cooled, 117 J/TH.",
    ),
    // 15 TH/s at 3400 W: github.com/mb43/A5000mine operations/kaspa/config.json (README
    // "Updated Dec 6, 2025"); 15 TH/s also in 2Miners' gpu.json (2026-03); "3,400 W class" nameplate in
    // https://d-central.tech/fr/asic-troubleshooting/iceriver-dropping-to-150w-200w/ (undated).
    rig(
        "iceriver-ks5m",
        "IceRiver KS5M",
        "IceRiver",
        Asic,
        "2025-12",
        &[mode(KHeavyHash, "15 TH/s", dec!(3400))],
        "github.com/mb43/A5000mine operations/kaspa/config.json (2025-12); \
         github.com/2miners/2cryptocalc-hashrates gpu.json (2026-03)",
        "Air-cooled, about 227 J/TH. Date is the source's, not IceRiver's launch.",
    ),
    // 12 TH/s: 2Miners' gpu.json (commit 1bebadb "added ASIC Iceriver KS5L", 2024-04). 3400 W: the
    // KS5L/KS5M nameplate in https://d-central.tech/fr/asic-troubleshooting/iceriver-dropping-to-150w-200w/ (undated).
    rig(
        "iceriver-ks5l",
        "IceRiver KS5L",
        "IceRiver",
        Asic,
        "2024-04",
        &[mode(KHeavyHash, "12 TH/s", dec!(3400))],
        "github.com/2miners/2cryptocalc-hashrates gpu.json (hashrate, 2024-04); \
         d-central.tech IceRiver low-power troubleshooting page (3,400 W nameplate, undated)",
        "Air-cooled, about 283 J/TH. Power is D-Central's nameplate class, not a per-model sheet.",
    ),
    // 200 GH/s at 100 W: KATPOOL ("KS0 Pro ... 200 ... 100", linking IceRiver's product page);
    // 200 GH/s also in 2Miners' gpu.json.
    rig(
        "iceriver-ks0-pro",
        "IceRiver KS0 Pro (home)",
        "IceRiver",
        Asic,
        "2025-07",
        &[mode(KHeavyHash, "200 GH/s", dec!(100))],
        KATPOOL,
        "Small home miner. Date is the source's (Kat Pool page), not IceRiver's launch.",
    ),
    // ---------------------------------------------------------------- Equihash
    // 420 kSol/s at 1510 W: CHAINS.md; Luxor,
    // https://medium.com/luxor/equihash-mining-landscape-before-antminer-z15-d27b051999f8.
    rig(
        "antminer-z15",
        "Antminer Z15",
        "Bitmain",
        Asic,
        "2022-06",
        &[mode(Equihash, "420 kSol/s", dec!(1510))],
        "shared/CHAINS.md; https://medium.com/luxor/equihash-mining-landscape-before-antminer-z15-d27b051999f8",
        "Zcash (Equihash 200,9).",
    ),
    // "Hashrate: 840 KH/s, Power: 2780 W": Gate news article on the ZEC rally,
    // https://app.csrqoa.com/news/detail/16062769 (about 2025-11). Verified: 2Miners' gpu.json has
    // 840 kSol/s (commit 6c9dfde, 2026-03); UMINERS_2026_08 lists 840 kH/s at 2780 W.
    rig(
        "antminer-z15-pro",
        "Antminer Z15 Pro",
        "Bitmain",
        Asic,
        "2023-06",
        &[mode(Equihash, "840 kSol/s", dec!(2780))],
        "https://app.csrqoa.com/news/detail/16062769 (Gate news, about 2025-11); \
         github.com/2miners/2cryptocalc-hashrates gpu.json (840 kSol/s, 2026-03)",
        "Zcash (Equihash 200,9). Some firmware versions reject pools whose extranonce1 is not 4 \
         bytes (https://newscrypto.net/2026/06/23/zcash-z15-pro-zip-301-domain-hint-at-solution/).",
    ),
    // ---------------------------------------------------------------- GPUs
    // Etchash 97.878 MH/s at 224 W, KawPow 46.448 MH/s at 279 W: CHAINS.md; the same figures in
    // github.com/pavelkirilichev/MiningCalculator resources/Vue/src/mock/gpu.ts (2022-07).
    rig(
        "rtx-3080",
        "NVIDIA GeForce RTX 3080",
        "NVIDIA",
        Gpu,
        "2020-09",
        &[
            mode(Etchash, "97.9 MH/s", dec!(224)),
            mode(KawPow, "46.4 MH/s", dec!(279)),
        ],
        "shared/CHAINS.md; github.com/pavelkirilichev/MiningCalculator \
         resources/Vue/src/mock/gpu.ts (2022-07)",
        "Tuned benchmark figures, not NVIDIA's.",
    ),
    // Etchash 127 MH/s, KawPow 65 MH/s: 2Miners' gpu.json (commit 17e23a0 "big update hashrate",
    // 2023-12); coincalculators.io/algorithms/kawpow (2026) also gives 65 MH/s. The original
    // table had 130 and 60 MH/s. 450 W: NVIDIA's rated board power (TGP), "a high 450W TDP" in
    // https://www.engadget.com/nvidia-rtx-4090-review-gpu-unholy-amounts-power-130020430.html
    // (2022-10-11). No tuned mining power could be sourced; the original table's 300 W / 330 W
    // had no source and were dropped.
    rig(
        "rtx-4090",
        "NVIDIA GeForce RTX 4090",
        "NVIDIA",
        Gpu,
        "2022-10",
        &[
            mode(Etchash, "127 MH/s", dec!(450)),
            mode(KawPow, "65 MH/s", dec!(450)),
        ],
        "github.com/2miners/2cryptocalc-hashrates gpu.json (hashrates, 2023-12); \
         https://www.engadget.com/nvidia-rtx-4090-review-gpu-unholy-amounts-power-130020430.html \
         (450 W rated board power, 2022-10)",
        "Power is the rated board power, an upper bound: no tuned mining power could be sourced, \
         and a tuned card draws less. Date is NVIDIA's launch month.",
    ),
    // KawPow 85 MH/s at 360 W: "Top Performing GPUs (2025)" in
    // https://docsue.org/gpu-mining-profitability-setup-guide (2025). No Etchash figure found.
    // Board power 575 W: https://gpuprofitcalc.com/rtx-5090-mining-profitability-in-2026-is-it-actually-worth-the-investment/ (2026-03).
    rig(
        "rtx-5090",
        "NVIDIA GeForce RTX 5090",
        "NVIDIA",
        Gpu,
        "2025-01",
        &[mode(KawPow, "85 MH/s", dec!(360))],
        "https://docsue.org/gpu-mining-profitability-setup-guide (2025; KawPow only)",
        "Low confidence: one secondary source. No Etchash figure could be sourced, so the preset \
         offers KawPow only. Date is NVIDIA's launch month (January 2025, not from a cited page); board power is 575 W.",
    ),
    // Etchash 63 MH/s (commit a37a13c, 2021-03), KawPow 37.5 MH/s (commit 17e23a0, 2023-12):
    // 2Miners' gpu.json. The original table had 64 and 33 MH/s. 300 W: AMD's rated board power,
    // "The AMD Radeon RX 6800 XT's board power is rated at 300W" in
    // https://gadgetpilipinas.net/2020/11/amd-radeon-rx-6800-xt-review/9/ (2020-11). No tuned
    // mining power could be sourced; the original table's 150 W / 220 W had no source and were
    // dropped.
    rig(
        "rx-6800-xt",
        "AMD Radeon RX 6800 XT",
        "AMD",
        Gpu,
        "2020-11",
        &[
            mode(Etchash, "63 MH/s", dec!(300)),
            mode(KawPow, "37.5 MH/s", dec!(300)),
        ],
        "github.com/2miners/2cryptocalc-hashrates gpu.json (hashrates, 2021-03 and 2023-12); \
         https://gadgetpilipinas.net/2020/11/amd-radeon-rx-6800-xt-review/9/ (300 W rated board \
         power, 2020-11)",
        "Power is the rated board power, an upper bound: no tuned mining power could be sourced, \
         and a tuned card draws less. Date is AMD's launch month.",
    ),
    // Etchash 63 MH/s, KawPow 32 MH/s: 2Miners' gpu.json (commit 17e23a0, 2023-12). 200 W: NVIDIA's
    // rated board power, https://www.tomshardware.com/reviews/nvidia-geforce-rtx-4070-review/9 (2023-04).
    rig(
        "rtx-4070",
        "NVIDIA GeForce RTX 4070",
        "NVIDIA",
        Gpu,
        "2023-04",
        &[
            mode(Etchash, "63 MH/s", dec!(200)),
            mode(KawPow, "32 MH/s", dec!(200)),
        ],
        "github.com/2miners/2cryptocalc-hashrates gpu.json (hashrates, 2023-12); \
         https://www.tomshardware.com/reviews/nvidia-geforce-rtx-4070-review/9 (200 W rated board power, 2023-04)",
        "Power is the rated board power, an upper bound: no tuned mining power could be sourced, \
         and a tuned card draws less. Date is NVIDIA's launch month.",
    ),
    // Etchash 102 MH/s, KawPow 62 MH/s: 2Miners' gpu.json (commit 17e23a0, 2023-12). 355 W: AMD's total
    // board power, https://www.tomshardware.com/reviews/amd-radeon-rx-7900-xtx-and-xt-review-shooting-for-the-top/8 (2022-12).
    rig(
        "rx-7900-xtx",
        "AMD Radeon RX 7900 XTX",
        "AMD",
        Gpu,
        "2022-12",
        &[
            mode(Etchash, "102 MH/s", dec!(355)),
            mode(KawPow, "62 MH/s", dec!(355)),
        ],
        "github.com/2miners/2cryptocalc-hashrates gpu.json (hashrates, 2023-12); \
         https://www.tomshardware.com/reviews/amd-radeon-rx-7900-xtx-and-xt-review-shooting-for-the-top/8 (355 W board power, 2022-12)",
        "Power is the rated total board power, an upper bound: no tuned mining power could be \
         sourced, and a tuned card draws less. Date is AMD's launch month.",
    ),
    // ---------------------------------------------------------------- CPUs
    // 26,783 H/s at ~140 W: CHAINS.md (also its XMR worked example).
    rig(
        "ryzen-9-7950x",
        "AMD Ryzen 9 7950X",
        "AMD",
        Cpu,
        "2022-09",
        &[mode(RandomX, "26783 H/s", dec!(140))],
        CHAINS_MD,
        "Benchmark figure (also CHAINS.md's XMR worked example), not an AMD rating.",
    ),
    // RandomX v1 (rx/0, what Monero mines) 27,186.1 H/s at 285 W (PBO max), and 19,912.2 H/s at
    // 100 W: the RandomX author's own table, github.com/tevador/RandomX doc/design_v2.md section
    // "Performance impact" (commit bb6ed2c, 2026-02-17). Launch: on sale August 15, 2024,
    // https://www.xda-developers.com/much-awaited-amd-ryzen-9000-cpus-face-unexpected-delay/
    // (2024-07-25).
    rig(
        "ryzen-9-9950x",
        "AMD Ryzen 9 9950X",
        "AMD",
        Cpu,
        "2024-08",
        &[mode(RandomX, "27186.1 H/s", dec!(285))],
        "github.com/tevador/RandomX doc/design_v2.md (RandomX v1 row, commit bb6ed2c, 2026-02-17)",
        "Benchmark by RandomX's author at 285 W CPU power (PBO max, not the wall); at 100 W it \
         does 19,912 H/s. Monero's RandomX v2 (not yet activated) runs about 1.5 % slower at 285 W \
         and 13 % slower at 100 W on this CPU. Date is AMD's launch month.",
    ),
    // 19,000 H/s at 125 W: original table. https://forge.lthn.ai/Snider/Mining/src/commit/7fcace4d4dd2ad866a3bb4b44a5f3f3b821c651f/docs/reference/algorithms.md
    // (2025-12-31) lists the 5950X at "~20-22" kH/s.
    rig(
        "ryzen-9-5950x",
        "AMD Ryzen 9 5950X",
        "AMD",
        Cpu,
        "2020-11",
        &[mode(RandomX, "19000 H/s", dec!(125))],
        "forge.lthn.ai Snider/Mining docs/reference/algorithms.md (2025-12-31; ~20-22 kH/s, no power)",
        "Hashrate is conservative against the cited ~20-22 kH/s; power not sourced.",
    ),
];
