//! Timing of the risk engine (`cargo bench -p minecalc-core`, run by `cargo xtask bench`):
//! a 10,000-path × 1,826-day simulation (whole and in chunks), a 3,653-day projection and a
//! one-year portfolio. Plain `std::time::Instant`, best of several runs; prints milliseconds.

use std::hint::black_box;
use std::time::{Duration, Instant};

use minecalc_core::Raw;
use minecalc_core::project::{ProjectionInput, project};
use minecalc_core::risk::{PortfolioInput, SimulationInput, Simulator, portfolio, simulate};

/// A Bitcoin rig over `days` days with every projection feature switched on.
fn input(days: u64) -> Raw {
    Raw::map()
        .with("coin", "btc")
        .with("hashrate", "200 TH/s")
        .with("powerWatts", Raw::from(3500u64))
        .with("electricityPrice", "0.08")
        .with("offPeakHoursPerDay", Raw::from(8u64))
        .with("offPeakElectricityPrice", "0.05")
        .with("coinPrice", Raw::from(90_000u64))
        .with("difficulty", "150000000000000")
        .with("blockHeight", Raw::from(925_000u64))
        .with("hardwareCost", Raw::from(4_000u64))
        .with("resaleValuePercent", Raw::from(10u64))
        .with("poolFeePercent", Raw::from(2u64))
        .with("taxPercent", Raw::from(20u64))
        .with("difficultyGrowthPercentPerMonth", Raw::from(2u64))
        .with("priceChangePercentPerYear", Raw::from(10u64))
        .with("electricityPriceChangePercentPerYear", Raw::from(3u64))
        .with("hashrateDecayPercentPerYear", Raw::from(5u64))
        .with("startDate", "2026-11-25")
        .with("days", Raw::from(days))
}

/// Best wall time of `runs` calls of `f`.
fn best<T>(runs: u32, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let sim = match SimulationInput::from_raw(
        &input(1826)
            .with("paths", Raw::from(10_000u64))
            .with("seed", Raw::from(7u64)),
    ) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("bench input: {e}");
            std::process::exit(1);
        }
    };
    let projection = match ProjectionInput::from_raw(&input(3653)) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("bench input: {e}");
            std::process::exit(1);
        }
    };

    let one_shot = best(5, || simulate(&sim));
    println!(
        "risk/simulate 10,000 paths x 1,826 days: {} (best of 5)",
        ms(one_shot)
    );
    let per = one_shot.as_secs_f64() * 1e9 / (10_000.0 * 1826.0);
    println!("risk/simulate per path-day: {per:.2} ns");

    let chunked = best(3, || {
        let mut s = Simulator::new(&sim).ok()?;
        while !s.done() {
            s.run(500);
        }
        s.finish().ok()
    });
    println!(
        "risk/simulate in chunks of 500 paths: {} (best of 3)",
        ms(chunked)
    );

    let finish = match Simulator::new(&sim) {
        Ok(mut s) => {
            s.run(usize::MAX);
            best(5, || s.finish())
        }
        Err(_) => Duration::ZERO,
    };
    println!(
        "risk/simulate percentiles only (finish): {} (best of 5)",
        ms(finish)
    );

    let proj = best(5, || project(&projection));
    println!("project 3,653 days: {} (best of 5)", ms(proj));

    let mut rig = input(365);
    rig.set("kind", "rig");
    let folio = Raw::map()
        .with("startDate", "2026-11-25")
        .with("days", Raw::from(365u64))
        .with("paths", Raw::from(2_000u64))
        .with(
            "positions",
            Raw::List(vec![
                rig.with("startDate", Raw::Null).with("days", Raw::Null),
                Raw::map()
                    .with("kind", "contract")
                    .with("coin", "btc")
                    .with("hashrate", "100 TH/s")
                    .with("coinPrice", Raw::from(90_000u64))
                    .with("difficulty", "150000000000000")
                    .with("contractPrice", Raw::from(1_500u64))
                    .with("maintenanceFeePerDay", Raw::from(2u64)),
                Raw::map()
                    .with("kind", "hold")
                    .with("coin", "ltc")
                    .with("invested", Raw::from(1_000u64)),
                Raw::map()
                    .with("kind", "hold")
                    .with("coin", "xmr")
                    .with("invested", Raw::from(1_000u64)),
            ]),
        );
    match PortfolioInput::from_raw(&folio) {
        Ok(p) => {
            let t = best(5, || portfolio(&p));
            println!(
                "risk/portfolio 2,000 paths x 365 days, 4 positions on 3 coins: {} (best of 5)",
                ms(t)
            );
        }
        Err(e) => eprintln!("bench portfolio input: {e}"),
    }
}
