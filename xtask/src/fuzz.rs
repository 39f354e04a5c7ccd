//! `cargo xtask fuzz [--cases N] [--seed S]`: builds the wasm, then runs the seeded fuzzer of the
//! JS API (`tests/fuzz/fuzz.mjs`) in Node against `www/pkg`. `cargo xtask test` runs the golden
//! error vectors (`tests/vectors/errors/`, by `tests/fuzz/error-vectors.mjs`) and a fixed slice
//! of the fuzz ([`TEST_CASES`] cases, seed [`TEST_SEED`]) on the package it has just built.

use crate::build;
use crate::sh::{self, Cmd, Result};

/// Cases of a `cargo xtask fuzz` run without `--cases`.
pub const DEFAULT_CASES: u64 = 1_000_000;
/// The slice `cargo xtask test` runs: a few seconds, and it fails on any panic, poisoning,
/// escape, lax acceptance, error without `field`, bad output or slow call.
pub const TEST_CASES: u64 = 20_000;
pub const TEST_SEED: u64 = 12;

/// `--cases N` and `--seed S`, in any order, each at most once.
pub fn parse(args: &[String]) -> Result<(u64, u64)> {
    let (mut cases, mut seed) = (DEFAULT_CASES, 1);
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let target = match flag.as_str() {
            "--cases" => &mut cases,
            "--seed" => &mut seed,
            _ => return Err(format!("fuzz takes `--cases N` and `--seed S`, got {flag:?}").into()),
        };
        let value = rest
            .next()
            .ok_or_else(|| format!("{flag} needs a number"))?;
        *target = value
            .parse()
            .map_err(|_| format!("{flag} expects a whole number, got {value:?}"))?;
    }
    Ok((cases, seed))
}

pub fn run(cases: u64, seed: u64) -> Result {
    build::run()?;
    fuzz(cases, seed)
}

/// The error vectors and the fuzz slice, for `cargo xtask test` (the package is already built).
pub fn slice() -> Result {
    let root = sh::root();
    Cmd::new("node")
        .arg(root.join("tests/fuzz/error-vectors.mjs"))
        .env("MINECALC_ROOT", &root)
        .run()?;
    fuzz(TEST_CASES, TEST_SEED)
}

fn fuzz(cases: u64, seed: u64) -> Result {
    let root = sh::root();
    Cmd::new("node")
        .arg(root.join("tests/fuzz/fuzz.mjs"))
        .args(["--cases", &cases.to_string(), "--seed", &seed.to_string()])
        .env("MINECALC_ROOT", &root)
        .run()
}
