//! The rig rows: spec-sheet hashrate and power per algorithm, each with the source it was taken
//! from and that source's month. Prices are not here: they change monthly and live in
//! `core/data/rig-prices.json` (the entry shape a market feed's `rigs` takes);
//! `core/data/RIGS.md` lists both side by side.
//!
//! Rule for every row: `date` is the month of the maker's sheet when that could be sourced,
//! otherwise the month of the cited source that carries the figures (said so in `note`). Where a
//! source gives only hashrate and J/TH, power is hashrate × J/TH, and the comment says so.

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
        spec_source,
        note,
    }
}

use RigKind::{Asic, Cpu, Gpu};

/// Every preset, ASICs first (SHA-256, Scrypt, kHeavyHash, Equihash), then GPUs, then CPUs.
pub(crate) static RIGS: [Rig; 32] = [
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
    // 16 GH/s, 3360 W: original table. https://astera.ru/articles/antminer-l9-15-gh-s-podrobnyj-obzor-i-raschyot-rentabelnosti/
    // (2025-11-27) gives 15 GH/s for the base L9 and 3150-3360 W across variants.
    rig(
        "antminer-l9",
        "Antminer L9",
        "Bitmain",
        Asic,
        "2024-08",
        &[mode(Scrypt, "16 GH/s", dec!(3360))],
        "https://astera.ru/articles/antminer-l9-15-gh-s-podrobnyj-obzor-i-raschyot-rentabelnosti/ \
         (2025-11; power range only)",
        "Only partly verified: the cited review gives 3150-3360 W and 15 GH/s for the base \
         variant; the 16 GH/s bin's figure is not independently sourced. Merge-mines LTC/DOGE.",
    ),
    // ---------------------------------------------------------------- kHeavyHash
    // 21 TH/s, 3150 W: original table, not re-sourced in this pass. For scale, the plain KS5 is
    // "~20 TH/s, ~3,000 W" in https://www.thetokenage.com/2025/11/is-kaspa-mining-profitable.html.
    rig(
        "antminer-ks5-pro",
        "Antminer KS5 Pro",
        "Bitmain",
        Asic,
        "2024-03",
        &[mode(KHeavyHash, "21 TH/s", dec!(3150))],
        "unverified: carried over from the original table; no maker sheet found in this pass",
        "Not re-verified. thetokenage.com (2025-11) gives ~20 TH/s at ~3000 W for the plain KS5.",
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
    // https://app.csrqoa.com/news/detail/16062769 (about 2025-11).
    rig(
        "antminer-z15-pro",
        "Antminer Z15 Pro",
        "Bitmain",
        Asic,
        "2023-06",
        &[mode(Equihash, "840 kSol/s", dec!(2780))],
        "https://app.csrqoa.com/news/detail/16062769 (Gate news, about 2025-11)",
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
    // Original-table figures, not re-sourced. https://coincalculators.io/algorithms/kawpow (2026)
    // puts the RTX 4090 at 65 MH/s on KawPow.
    rig(
        "rtx-4090",
        "NVIDIA GeForce RTX 4090",
        "NVIDIA",
        Gpu,
        "2022-10",
        &[
            mode(Etchash, "130 MH/s", dec!(300)),
            mode(KawPow, "60 MH/s", dec!(330)),
        ],
        "unverified: carried over from the original table; coincalculators.io/algorithms/kawpow \
         (2026) gives 65 MH/s on KawPow",
        "Not re-verified; tuned settings vary widely.",
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
    // Original-table figures, not re-sourced.
    rig(
        "rx-6800-xt",
        "AMD Radeon RX 6800 XT",
        "AMD",
        Gpu,
        "2020-11",
        &[
            mode(Etchash, "64 MH/s", dec!(150)),
            mode(KawPow, "33 MH/s", dec!(220)),
        ],
        "unverified: carried over from the original table; no benchmark source found in this pass",
        "Not re-verified.",
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
