//! minecalc-market: the updater site owners run on a schedule. It fetches prices,
//! difficulties, heights, fees and FX rates from public APIs (`sources`), builds a
//! `minecalc-market` feed (`feed`), validates it, and replaces the output file atomically.
//! A source that fails leaves its coins out with a warning; the run fails only when nothing
//! could be fetched or the feed does not validate.

pub mod cli;
pub mod clock;
pub mod feed;
pub mod http;
pub mod num;
pub mod sources;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::thread;

use rust_decimal::Decimal;

use clock::Instant;
use feed::{CoinEntry, Feed, FxEntry};
use http::{Http, HttpConfig};
use sources::{
    COINS, Chain, ChainFigures, CoinSpec, blockchair, coingecko, ethrpc, insight, kaspa, mempool,
};

/// Base URLs of the APIs (each without a trailing slash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Urls {
    pub mempool: String,
    pub blockchair: String,
    pub kaspa: String,
    pub ravencoin: String,
    /// A JSON-RPC endpoint itself, not a base.
    pub etc_rpc: String,
    pub coingecko: String,
}

impl Default for Urls {
    fn default() -> Self {
        Urls {
            mempool: mempool::DEFAULT_BASE.to_owned(),
            blockchair: blockchair::DEFAULT_BASE.to_owned(),
            kaspa: kaspa::DEFAULT_BASE.to_owned(),
            ravencoin: insight::DEFAULT_BASE.to_owned(),
            etc_rpc: ethrpc::DEFAULT_URL.to_owned(),
            coingecko: coingecko::DEFAULT_BASE.to_owned(),
        }
    }
}

/// One run of `fetch`.
#[derive(Debug, Clone)]
pub struct Config {
    /// The feed file to replace.
    pub out: PathBuf,
    /// Coin ids to fetch (`None`: every coin in `sources::COINS`).
    pub only: Option<Vec<String>>,
    pub urls: Urls,
    /// A CoinGecko demo API key, sent as a header if given.
    pub coingecko_key: Option<String>,
    pub http: HttpConfig,
    /// The run's time; `None` reads the system clock.
    pub now: Option<Instant>,
}

impl Config {
    /// Defaults for writing `out`.
    pub fn new(out: impl Into<PathBuf>) -> Config {
        Config {
            out: out.into(),
            only: None,
            urls: Urls::default(),
            coingecko_key: None,
            http: HttpConfig::default(),
            now: None,
        }
    }
}

/// What a run wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The coins in the feed.
    pub coins: Vec<String>,
    /// Whether the feed has FX rates.
    pub fx: bool,
    /// What was left out, and why (also the validator's warnings).
    pub warnings: Vec<String>,
    /// The feed as written.
    pub text: String,
}

/// Why a run wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunError {
    pub message: String,
    /// The failures met on the way.
    pub warnings: Vec<String>,
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RunError {}

/// Fetches every selected coin and the FX rates, then writes the validated feed to
/// `config.out` (through a temporary file in the same folder, renamed over it).
pub fn run(config: &Config) -> Result<Report, RunError> {
    let fail = |message: String, warnings: Vec<String>| RunError { message, warnings };
    let selected = select(config.only.as_deref()).map_err(|m| fail(m, Vec::new()))?;
    let now = config.now.unwrap_or_else(Instant::now);
    let http = Http::new(config.http.clone());

    let ids: Vec<&str> = selected.iter().map(|c| c.coingecko_id).collect();
    let key = config.coingecko_key.as_deref();
    let base = config.urls.coingecko.as_str();
    let (http, urls, ids) = (&http, &config.urls, &ids);
    let (chains, prices, fx) = thread::scope(|s| {
        let chain_jobs: Vec<_> = selected
            .iter()
            .map(|coin| s.spawn(move || fetch_chain(http, urls, coin)))
            .collect();
        let prices = s.spawn(move || coingecko::fetch_prices(http, base, key, ids));
        let fx = s.spawn(move || coingecko::fetch_fx(http, base, key));
        let chains: Vec<_> = chain_jobs
            .into_iter()
            .map(|job| joined(job.join()))
            .collect();
        (chains, joined(prices.join()), joined(fx.join()))
    });

    let mut warnings = Vec::new();
    let prices: Vec<(String, Decimal)> = match prices {
        Ok((prices, missing)) => {
            warnings.extend(missing.into_iter().map(|m| format!("prices: {m}")));
            prices
        }
        Err(e) => {
            warnings.push(format!("prices left out: {e}"));
            Vec::new()
        }
    };
    let observed_at = now.rfc3339();
    let mut coins = Vec::new();
    for (coin, figures) in selected.iter().zip(chains) {
        match figures {
            Ok(figures) => {
                warnings.extend(figures.warnings.iter().map(|w| prefixed(coin.id, w)));
                let price_usd = prices
                    .iter()
                    .find(|(id, _)| id == coin.coingecko_id)
                    .map(|(_, p)| *p);
                let source = match price_usd {
                    Some(_) => {
                        format!("{}; price CoinGecko", chain_label(&config.urls, coin.chain))
                    }
                    None => chain_label(&config.urls, coin.chain),
                };
                coins.push((
                    coin.id.to_owned(),
                    entry(figures, price_usd, &observed_at, source),
                ));
            }
            Err(e) => warnings.push(format!("{} left out: {e}", coin.id)),
        }
    }
    let fx = match fx {
        Ok((usd_to, missing)) => {
            warnings.extend(missing);
            Some(FxEntry {
                date: now.date(),
                source: "CoinGecko exchange_rates".to_owned(),
                usd_to,
            })
        }
        Err(e) => {
            warnings.push(format!("fx left out: {e}"));
            None
        }
    };
    if coins.is_empty() && fx.is_none() {
        return Err(fail(
            "nothing could be fetched; no file written".to_owned(),
            warnings,
        ));
    }

    let feed = Feed {
        format: feed::FORMAT,
        version: feed::VERSION,
        generated_at: now.rfc3339(),
        source: concat!("minecalc-market updater ", env!("CARGO_PKG_VERSION")).to_owned(),
        coins,
        fx,
        rigs: (),
    };
    let text = feed.to_text().map_err(|m| fail(m, warnings.clone()))?;
    match write_validated(&config.out, &text) {
        Ok(notes) => warnings.extend(notes.into_iter().map(|n| format!("feed: {n}"))),
        Err(e) => return Err(fail(e, warnings)),
    }
    Ok(Report {
        coins: feed.coins.iter().map(|(id, _)| id.clone()).collect(),
        fx: feed.fx.is_some(),
        warnings,
        text,
    })
}

/// The coins named by `--only` (all coins if `None`), in feed order.
fn select(only: Option<&[String]>) -> Result<Vec<&'static CoinSpec>, String> {
    let Some(only) = only else {
        return Ok(COINS.iter().collect());
    };
    for id in only {
        if sources::coin(id).is_none() {
            let known: Vec<&str> = COINS.iter().map(|c| c.id).collect();
            let why = match id.as_str() {
                "eth" => " (ETH is proof of stake: nothing to mine)".to_owned(),
                _ => String::new(),
            };
            return Err(format!(
                "--only: unknown coin \"{id}\"{why}; the updater fetches {}",
                known.join(", ")
            ));
        }
    }
    Ok(COINS
        .iter()
        .filter(|c| only.iter().any(|id| id == c.id))
        .collect())
}

fn fetch_chain(http: &Http, urls: &Urls, coin: &CoinSpec) -> Result<ChainFigures, String> {
    match coin.chain {
        Chain::Mempool => mempool::fetch(http, &urls.mempool),
        Chain::Blockchair { chain, decimals } => {
            blockchair::fetch(http, &urls.blockchair, chain, decimals)
        }
        Chain::Kaspa => kaspa::fetch(http, &urls.kaspa),
        Chain::Insight => insight::fetch(http, &urls.ravencoin),
        Chain::EthRpc => ethrpc::fetch(http, &urls.etc_rpc),
    }
}

/// The name of a chain source in the feed: the API's name, or the base URL when it was
/// pointed elsewhere.
fn chain_label(urls: &Urls, chain: Chain) -> String {
    let (base, default, name) = match chain {
        Chain::Mempool => (&urls.mempool, mempool::DEFAULT_BASE, "mempool.space"),
        Chain::Blockchair { .. } => (&urls.blockchair, blockchair::DEFAULT_BASE, "Blockchair"),
        Chain::Kaspa => (&urls.kaspa, kaspa::DEFAULT_BASE, "api.kaspa.org"),
        Chain::Insight => (
            &urls.ravencoin,
            insight::DEFAULT_BASE,
            "api.ravencoin.org (Insight)",
        ),
        Chain::EthRpc => (
            &urls.etc_rpc,
            ethrpc::DEFAULT_URL,
            "etc.rivet.link (JSON-RPC)",
        ),
    };
    if base.trim_end_matches('/') == default {
        name.to_owned()
    } else {
        base.clone()
    }
}

fn entry(
    figures: ChainFigures,
    price_usd: Option<Decimal>,
    observed_at: &str,
    source: String,
) -> CoinEntry {
    CoinEntry {
        price_usd,
        difficulty: figures.difficulty,
        network_hashrate: figures.network_hashrate,
        height: figures.height,
        tx_fees_per_block: figures.fees_per_block,
        observed_at: observed_at.to_owned(),
        source,
    }
}

/// A fetch thread's result; a panic in one (a bug) counts as that source failing.
fn joined<T>(result: thread::Result<Result<T, String>>) -> Result<T, String> {
    result.unwrap_or_else(|_| Err("the fetch panicked".to_owned()))
}

fn prefixed(id: &str, warning: &str) -> String {
    if warning.starts_with(&format!("{id}:")) {
        warning.to_owned()
    } else {
        format!("{id}: {warning}")
    }
}

/// Writes `text` to a temporary file beside `out`, reads it back and validates it, then
/// renames it over `out`, so readers see the old feed or the new one, never half of one, and
/// never a feed that does not validate. Returns the validator's warnings.
fn write_validated(out: &Path, text: &str) -> Result<Vec<String>, String> {
    let name = out
        .file_name()
        .ok_or_else(|| format!("--out {}: not a file name", out.display()))?;
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = fs::File::create(&tmp)
        .and_then(|mut f| {
            f.write_all(text.as_bytes())?;
            f.sync_all()
        })
        .and_then(|()| fs::read_to_string(&tmp));
    let result = match written {
        Err(e) => Err(format!("writing {}: {e}; no file written", out.display())),
        Ok(back) => match feed::validate(&back) {
            Err(e) => Err(format!("the feed does not validate ({e}); no file written")),
            Ok(notes) => fs::rename(&tmp, out)
                .map(|()| notes)
                .map_err(|e| format!("writing {}: {e}; no file written", out.display())),
        },
    };
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
