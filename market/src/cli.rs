//! The command line: `minecalc-market fetch [--out FILE] [--only btc,ltc] [--…-url URL] …`,
//! read into a [`Config`](crate::Config) with only `std`.

use std::time::Duration;

use crate::Config;

pub const USAGE: &str = "\
minecalc-market: writes a minecalc-market feed from public APIs.

Usage: minecalc-market fetch [options]

Options:
  --out FILE             the feed to write (default: minecalc-market.json); it is replaced
                         only by a feed that validates
  --only IDS             coins to fetch, comma-separated (default: btc,bch,ltc,doge,xmr,zec,etc,kas,rvn)
  --timeout SECONDS      limit on each request (default: 15)
  --retries N            further tries after a failed request, with backoff (default: 2)
  --mempool-url URL      mempool.space API base (default: https://mempool.space/api)
  --blockchair-url URL   Blockchair API base (default: https://api.blockchair.com)
  --kaspa-url URL        Kaspa REST API base (default: https://api.kaspa.org)
  --ravencoin-url URL    Ravencoin Insight API base (default: https://api.ravencoin.org/api)
  --etc-rpc-url URL      Ethereum Classic JSON-RPC endpoint (default: https://etc.rivet.link)
  --coingecko-url URL    CoinGecko API base (default: https://api.coingecko.com/api/v3)
  --coingecko-key KEY    CoinGecko demo API key (default: $COINGECKO_API_KEY, if set)
  -h, --help             this text
  -V, --version          the version

A source that fails leaves its coins out with a warning on stderr. The exit status is 1
only when nothing could be fetched or the feed does not validate (no file is written
then), and 2 for a usage error.
";

/// What the command line asks for.
#[derive(Debug, Clone)]
pub enum Command {
    Fetch(Box<Config>),
    Help,
    Version,
}

/// Reads the arguments after the program name; `env_key` is `$COINGECKO_API_KEY`.
pub fn parse(args: &[String], env_key: Option<String>) -> Result<Command, String> {
    let mut args = args.iter();
    match args.next().map(String::as_str) {
        Some("fetch") => {}
        Some("-h" | "--help" | "help") => return Ok(Command::Help),
        Some("-V" | "--version") => return Ok(Command::Version),
        Some(other) => return Err(format!("unknown command \"{other}\" (try `fetch`)")),
        None => return Err("missing command (try `fetch`)".to_owned()),
    }
    let mut config = Config::new("minecalc-market.json");
    config.coingecko_key = env_key.filter(|k| !k.trim().is_empty());
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        if matches!(flag, "-h" | "--help") {
            return Ok(Command::Help);
        }
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next().cloned())
                .filter(|v| !v.is_empty())
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag {
            "--out" => config.out = value()?.into(),
            "--only" => {
                let ids: Vec<String> = value()?
                    .split(',')
                    .map(|s| s.trim().to_ascii_lowercase())
                    .filter(|s| !s.is_empty())
                    .collect();
                if ids.is_empty() {
                    return Err("--only needs at least one coin id".to_owned());
                }
                config.only = Some(ids);
            }
            "--timeout" => {
                let v = value()?;
                let secs: f64 = v
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0 && *s <= 600.0)
                    .ok_or_else(|| format!("--timeout: seconds between 0 and 600, got \"{v}\""))?;
                config.http.timeout = Duration::from_secs_f64(secs);
            }
            "--retries" => {
                let v = value()?;
                config.http.retries = v.parse().ok().filter(|n| *n <= 10).ok_or_else(|| {
                    format!("--retries: a whole number from 0 to 10, got \"{v}\"")
                })?;
            }
            "--mempool-url" => config.urls.mempool = base_url(flag, value()?)?,
            "--blockchair-url" => config.urls.blockchair = base_url(flag, value()?)?,
            "--kaspa-url" => config.urls.kaspa = base_url(flag, value()?)?,
            "--ravencoin-url" => config.urls.ravencoin = base_url(flag, value()?)?,
            "--etc-rpc-url" => config.urls.etc_rpc = base_url(flag, value()?)?,
            "--coingecko-url" => config.urls.coingecko = base_url(flag, value()?)?,
            "--coingecko-key" => config.coingecko_key = Some(value()?),
            _ => return Err(format!("unknown option \"{flag}\"")),
        }
    }
    Ok(Command::Fetch(Box::new(config)))
}

fn base_url(flag: &str, url: String) -> Result<String, String> {
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(url.trim_end_matches('/').to_owned())
    } else {
        Err(format!(
            "{flag}: must start with https:// or http://, got \"{url}\""
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    fn fetch(s: &str) -> Config {
        match parse(&args(s), None) {
            Ok(Command::Fetch(c)) => *c,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reads_flags() {
        let c = fetch(
            "fetch --out www/minecalc-market.json --only BTC,ltc --timeout 3 --retries=0 \
             --mempool-url http://127.0.0.1:9/mempool/ --coingecko-key k",
        );
        assert_eq!(c.out, std::path::PathBuf::from("www/minecalc-market.json"));
        assert_eq!(c.only, Some(vec!["btc".to_owned(), "ltc".to_owned()]));
        assert_eq!(c.http.timeout, Duration::from_secs(3));
        assert_eq!(c.http.retries, 0);
        assert_eq!(c.urls.mempool, "http://127.0.0.1:9/mempool");
        assert_eq!(c.coingecko_key.as_deref(), Some("k"));
        assert_eq!(c.urls.kaspa, crate::sources::kaspa::DEFAULT_BASE);
    }

    #[test]
    fn defaults_and_errors() {
        let c = fetch("fetch");
        assert_eq!(c.http.timeout, Duration::from_secs(15));
        assert_eq!(c.http.retries, 2);
        assert!(c.only.is_none());
        assert!(matches!(parse(&args("--help"), None), Ok(Command::Help)));
        assert!(matches!(parse(&args("fetch -h"), None), Ok(Command::Help)));
        for bad in [
            "",
            "pull",
            "fetch --out",
            "fetch --only ,",
            "fetch --timeout 0",
            "fetch --retries x",
            "fetch --kaspa-url api.kaspa.org",
            "fetch --frobnicate",
        ] {
            assert!(parse(&args(bad), None).is_err(), "{bad}");
        }
        let c = match parse(&args("fetch"), Some("envkey".to_owned())) {
            Ok(Command::Fetch(c)) => c.coingecko_key,
            _ => None,
        };
        assert_eq!(c.as_deref(), Some("envkey"));
    }
}
