//! `minecalc-market fetch --out www/minecalc-market.json`: the updater's entry point. Prints
//! warnings and errors on stderr, a one-line summary on stdout, and exits 1 when nothing was
//! written, 2 on a usage error.

use std::process::ExitCode;

use minecalc_market::cli::{self, Command};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match cli::parse(&args, std::env::var("COINGECKO_API_KEY").ok()) {
        Ok(command) => command,
        Err(e) => {
            eprintln!("error: {e}\n\n{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
    let config = match command {
        Command::Help => {
            print!("{}", cli::USAGE);
            return ExitCode::SUCCESS;
        }
        Command::Version => {
            println!("minecalc-market {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Command::Fetch(config) => config,
    };
    match minecalc_market::run(&config) {
        Ok(report) => {
            for w in &report.warnings {
                eprintln!("warning: {w}");
            }
            println!(
                "wrote {}: {} coin{} ({}){}",
                config.out.display(),
                report.coins.len(),
                if report.coins.len() == 1 { "" } else { "s" },
                report.coins.join(", "),
                if report.fx {
                    ", FX rates"
                } else {
                    ", no FX rates"
                }
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            for w in &e.warnings {
                eprintln!("warning: {w}");
            }
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
