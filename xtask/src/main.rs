//! `cargo xtask <command>`: the project's build logic in Rust (the xtask pattern), so one
//! command sets up, builds, serves, tests, packages and benchmarks minecalc. Besides `std` it
//! uses only `minecalc-core` (to validate market data it imports).

mod bench;
mod build;
mod dist;
mod fuzz;
mod headers;
mod imports;
mod market;
mod package;
mod serve;
mod setup;
mod sh;
mod test;

use std::process::ExitCode;

const USAGE: &str = "\
Usage: cargo xtask <command> [options]

Commands:
  setup              Install what the build needs (wasm target, wasm-bindgen-cli,
                     Chromium + chromedriver, npm packages); skips what is already there.
  build              setup, then build the wasm package into www/pkg/ and print its sizes.
  serve [--port N]   build, then serve www/ on http://127.0.0.1:N (default 8080).
  dist               build, then write dist/ (static site + single-file dist/minecalc.html).
  package            build, then write the npm package `minecalc` to dist/npm/.
  test               Everything: fmt, clippy, native and wasm tests, build, tsc, dist,
                     size budget, browser tests. Stops at the first failing step.
  bench              build, then run the core benchmarks and tests/e2e/bench.mjs (if present).
  fuzz [--cases N] [--seed S]
                     build, then fuzz every JS export in Node with hostile values (default
                     1,000,000 cases, seed 1); fails on any panic, poisoned module, escaped
                     host exception, lax acceptance, error without `field` or slow call.
  market import FILE Rewrite the built-in market snapshot (core/data/market.json) and the demo's
                     feed (www/minecalc-market.json) from a minecalc-market feed, entry by entry.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::FAILURE;
    };
    let result = match (command.as_str(), rest) {
        ("setup", []) => setup::run(),
        ("build", []) => build::run(),
        ("serve", rest) => serve::parse_port(rest).and_then(serve::run),
        ("dist", []) => dist::run(),
        ("package", []) => package::run(),
        ("test", []) => test::run(),
        ("bench", []) => bench::run(),
        ("fuzz", rest) => fuzz::parse(rest).and_then(|(cases, seed)| fuzz::run(cases, seed)),
        ("market", rest) => market::run(rest),
        ("help" | "--help" | "-h", _) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("xtask: unknown command or options: {}\n", args.join(" "));
            eprint!("{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask {command}: error: {error}");
            ExitCode::FAILURE
        }
    }
}
