//! The updater end to end against a local server replaying each API's documented responses:
//! a good run, each way a source can fail, every source failing, and the text it writes.

mod support;

use std::fs;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use minecalc_market::clock::Instant;
use minecalc_market::http::HttpConfig;
use minecalc_market::{Config, Report, RunError, Urls, feed};
use serde_json::Value;
use support::{FixtureServer, Reply, good_routes, with};

/// 2026-12-01T06:00:00Z.
const NOW: Instant = Instant(1_796_104_800);

/// A fresh, empty folder for one test's output, removed when the test ends.
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn out_dir(test: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("minecalc-market-{test}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    TempDir(dir)
}

fn urls(server: &FixtureServer) -> Urls {
    Urls {
        mempool: server.url("/mempool"),
        blockchair: server.url("/blockchair"),
        kaspa: server.url("/kaspa"),
        ravencoin: server.url("/rvn"),
        etc_rpc: server.url("/etc"),
        coingecko: server.url("/coingecko"),
    }
}

fn config(server: &FixtureServer, dir: &std::path::Path) -> Config {
    Config {
        out: dir.join("minecalc-market.json"),
        only: None,
        urls: urls(server),
        coingecko_key: None,
        http: HttpConfig {
            timeout: Duration::from_secs(5),
            retries: 2,
            backoff: Duration::from_millis(1),
            env_proxy: false,
        },
        now: Some(NOW),
    }
}

fn run(
    routes: Vec<(String, Reply)>,
    test: &str,
) -> (Result<Report, RunError>, FixtureServer, TempDir) {
    let server = FixtureServer::start(routes);
    let dir = out_dir(test);
    let result = minecalc_market::run(&config(&server, &dir));
    (result, server, dir)
}

fn ok(result: Result<Report, RunError>) -> Report {
    result.unwrap_or_else(|e| panic!("{e}; warnings: {:?}", e.warnings))
}

fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// The only files in `dir` (no temporary file left behind).
fn files(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_good_run_writes_a_feed_that_validates_with_the_expected_figures() {
    let (result, server, dir) = run(good_routes(), "good");
    let report = ok(result);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(
        report.coins,
        [
            "btc", "bch", "ltc", "doge", "xmr", "zec", "etc", "kas", "rvn"
        ]
    );
    assert!(report.fx);
    assert_eq!(files(&dir), ["minecalc-market.json"]);
    let written = fs::read_to_string(dir.join("minecalc-market.json")).unwrap_or_default();
    assert_eq!(written, report.text);
    assert_eq!(feed::validate(&written), Ok(vec![]));
    // The core (the widget's reader) sees the same figures.
    let market = minecalc_core::market::parse(&written, None)
        .unwrap_or_else(|e| panic!("{e}"))
        .market;
    assert_eq!(market.coins.len(), 9);
    let btc = market.coin("btc").unwrap_or_else(|| panic!("no btc"));
    assert_eq!(btc.height, Some(698_767));
    assert_eq!(
        btc.difficulty.map(|d| d.to_string()).as_deref(),
        Some("31251101365711.12")
    );
    assert_eq!(
        btc.fees_per_block.map(|d| d.to_string()).as_deref(),
        Some("0.21375468")
    );
    let eur = market.fx.as_ref().and_then(|fx| fx.rate("EUR"));
    assert_eq!(eur.map(|r| r.to_string()).as_deref(), Some("0.95"));

    let feed = parsed(&written);
    assert_eq!(feed["format"], "minecalc-market");
    assert_eq!(feed["version"], 1);
    assert_eq!(feed["generatedAt"], "2026-12-01T06:00:00Z");
    assert_eq!(feed["source"], "minecalc-market updater 0.1.0");
    assert_eq!(feed["rigs"], serde_json::json!({}));
    // (coin, priceUsd, difficulty, height, txFeesPerBlock) from the fixtures.
    let expected = [
        (
            "btc",
            "91000.5",
            "31251101365711.12",
            698_767,
            Some("0.21375468"),
        ),
        ("bch", "480.12", "598123456789.5", 925_000, Some("0.000225")),
        ("ltc", "95.5", "87123456.12345678", 3_012_345, Some("0.006")),
        ("doge", "0.182345", "41234567.891", 6_012_345, Some("0.6")),
        ("xmr", "160.07", "127374112357", 2_012_710, None),
        ("zec", "52.3", "91234567.25", 3_150_000, Some("0.001")),
        ("etc", "16.42", "2151284234113520", 22_425_093, None),
        ("kas", "0.0912", "3870677677777.2", 19_989_141, None),
        ("rvn", "0.01523", "81234.56789012", 3_712_345, None),
    ];
    for (id, price, difficulty, height, fees) in expected {
        let coin = &feed["coins"][id];
        assert_eq!(coin["priceUsd"], price, "{id}");
        assert_eq!(coin["difficulty"], difficulty, "{id}");
        assert_eq!(coin["height"], height, "{id}");
        assert_eq!(coin["txFeesPerBlock"].as_str(), fees, "{id}");
        assert_eq!(coin["observedAt"], "2026-12-01T06:00:00Z", "{id}");
        assert!(
            coin["source"]
                .as_str()
                .unwrap_or("")
                .ends_with("; price CoinGecko"),
            "{id}"
        );
    }
    let fx = &feed["fx"];
    assert_eq!(fx["date"], "2026-12-01");
    assert_eq!(fx["source"], "CoinGecko exchange_rates");
    let usd_to = fx["usdTo"].as_object().cloned().unwrap_or_default();
    let codes: Vec<&str> = usd_to.keys().map(String::as_str).collect();
    for code in [
        "USD", "EUR", "GBP", "JPY", "CNY", "CAD", "AUD", "CHF", "INR", "BRL", "RUB", "KRW", "TRY",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    assert_eq!(usd_to["USD"], "1");
    assert_eq!(usd_to["EUR"], "0.95");
    assert_eq!(usd_to["JPY"], "150");

    // One request per endpoint, and one price request for every coin.
    assert_eq!(server.requests().len(), good_routes().len());
    let price_request = server
        .requests()
        .into_iter()
        .find(|r| r.starts_with("/coingecko/simple/price"))
        .unwrap_or_default();
    assert_eq!(
        price_request,
        "/coingecko/simple/price?ids=bitcoin,bitcoin-cash,litecoin,dogecoin,monero,zcash,ethereum-classic,kaspa,ravencoin&vs_currencies=usd"
    );
    assert_eq!(
        server
            .requests()
            .iter()
            .filter(|r| r.as_str() == "/rvn/status?q=getInfo")
            .count(),
        1
    );
}

#[test]
fn a_source_answering_500_is_retried_then_its_coins_are_left_out() {
    let routes = with(
        good_routes(),
        "/blockchair/litecoin/stats",
        Reply::Status(500, "{\"data\": null}".to_owned()),
    );
    let (result, server, dir) = run(routes, "status500");
    let report = ok(result);
    assert!(!report.coins.contains(&"ltc".to_owned()));
    assert_eq!(report.coins.len(), 8);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with("ltc left out:")
                && w.contains("500")
                && w.contains("after 3 tries")),
        "{:?}",
        report.warnings
    );
    // The first try and two retries.
    assert_eq!(server.hits("/blockchair/litecoin/stats"), 3);
    let feed = parsed(&fs::read_to_string(dir.join("minecalc-market.json")).unwrap_or_default());
    assert!(feed["coins"].get("ltc").is_none());
    assert_eq!(feed["coins"]["doge"]["height"], 6_012_345);
}

#[test]
fn a_source_answering_garbage_is_left_out_without_retrying() {
    let routes = with(
        good_routes(),
        "/kaspa/info/blockdag",
        Reply::Status(
            200,
            "<html>Service temporarily unavailable</html>".to_owned(),
        ),
    );
    let (result, server, _dir) = run(routes, "garbage");
    let report = ok(result);
    assert!(!report.coins.contains(&"kas".to_owned()));
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with("kas left out:") && w.contains("not JSON")),
        "{:?}",
        report.warnings
    );
    assert_eq!(server.hits("/kaspa/info/blockdag"), 1);
}

#[test]
fn a_json_rpc_error_leaves_etc_out() {
    let routes = with(
        good_routes(),
        "/etc",
        Reply::Status(
            200,
            r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"rate limited"}}"#
                .to_owned(),
        ),
    );
    let (result, server, _dir) = run(routes, "rpcerror");
    let report = ok(result);
    assert!(!report.coins.contains(&"etc".to_owned()));
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with("etc left out:") && w.contains("rate limited")),
        "{:?}",
        report.warnings
    );
    assert_eq!(server.hits("/etc"), 1);
}

#[test]
fn a_source_that_times_out_is_left_out() {
    let routes = with(
        good_routes(),
        "/rvn/status",
        Reply::Hang(Duration::from_secs(3), "insight-status-getinfo.json"),
    );
    let server = FixtureServer::start(routes);
    let dir = out_dir("timeout");
    let mut config = config(&server, &dir);
    config.http.timeout = Duration::from_millis(300);
    config.http.retries = 0;
    let report = ok(minecalc_market::run(&config));
    assert!(!report.coins.contains(&"rvn".to_owned()));
    assert_eq!(report.coins.len(), 8);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with("rvn left out:")),
        "{:?}",
        report.warnings
    );
}

#[test]
fn without_prices_or_fx_the_chain_figures_are_still_written() {
    let routes = with(
        with(
            good_routes(),
            "/coingecko/simple/price",
            Reply::Status(429, "Throttled".to_owned()),
        ),
        "/coingecko/exchange_rates",
        Reply::Status(404, "{}".to_owned()),
    );
    let (result, server, dir) = run(routes, "noprices");
    let report = ok(result);
    assert_eq!(report.coins.len(), 9);
    assert!(!report.fx);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with("prices left out:"))
    );
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with("fx left out:"))
    );
    let feed = parsed(&fs::read_to_string(dir.join("minecalc-market.json")).unwrap_or_default());
    assert!(feed.get("fx").is_none());
    assert!(feed["coins"]["btc"].get("priceUsd").is_none());
    // Without a price, the source names the chain API alone (here the base URL it was given).
    assert_eq!(
        feed["coins"]["btc"]["source"],
        server.url("/mempool").as_str()
    );
    assert_eq!(feed["coins"]["btc"]["difficulty"], "31251101365711.12");
}

#[test]
fn fees_failing_keep_the_rest_of_the_coin() {
    let routes = with(
        good_routes(),
        "/mempool/v1/mining/blocks/fees/24h",
        Reply::Status(503, String::new()),
    );
    let (result, _server, _dir) = run(routes, "nofees");
    let report = ok(result);
    assert!(report.coins.contains(&"btc".to_owned()));
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with("btc: fees left out:"))
    );
    let feed = parsed(&report.text);
    assert!(feed["coins"]["btc"].get("txFeesPerBlock").is_none());
    assert_eq!(feed["coins"]["btc"]["height"], 698_767);
}

#[test]
fn only_fetches_the_coins_asked_for() {
    let server = FixtureServer::start(good_routes());
    let dir = out_dir("only");
    let mut config = config(&server, &dir);
    config.only = Some(vec!["ltc".to_owned(), "btc".to_owned()]);
    let report = ok(minecalc_market::run(&config));
    assert_eq!(report.coins, ["btc", "ltc"]);
    let requests = server.requests();
    assert!(
        requests
            .iter()
            .all(|r| !r.starts_with("/kaspa") && !r.starts_with("/rvn"))
    );
    assert!(
        requests.iter().any(|r| r.contains("ids=bitcoin,litecoin&")),
        "{requests:?}"
    );
    config.only = Some(vec!["eth".to_owned()]);
    let e = minecalc_market::run(&config).unwrap_err();
    assert!(e.message.contains("proof of stake"), "{e}");
}

#[test]
fn the_output_never_uses_exponent_notation() {
    // APIs written in Python or JavaScript send large and small floats in exponent notation.
    let routes = with(
        with(
            with(
                good_routes(),
                "/kaspa/info/blockdag",
                Reply::Status(
                    200,
                    r#"{"difficulty": 2.0123456789012e+16, "virtualDaaScore": "318000000"}"#.to_owned(),
                ),
            ),
            "/mempool/v1/mining/hashrate/3d",
            Reply::Status(200, r#"{"currentHashrate": 1.2e+21, "currentDifficulty": 1.4930120595969922e14}"#.to_owned()),
        ),
        "/coingecko/simple/price",
        Reply::Status(
            200,
            r#"{"bitcoin": {"usd": 9.10005e4}, "kaspa": {"usd": 9.12e-2}, "ravencoin": {"usd": 1.5e-7}}"#
                .to_owned(),
        ),
    );
    let (result, _server, _dir) = run(routes, "exponent");
    let report = ok(result);
    let text = &report.text;
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if matches!(b, b'e' | b'E') && i > 0 && bytes[i - 1].is_ascii_digit() {
            let next = bytes.get(i + 1).copied().unwrap_or(b' ');
            assert!(
                !(next.is_ascii_digit() || next == b'+' || next == b'-'),
                "exponent at byte {i}: {text}"
            );
        }
    }
    let feed = parsed(text);
    assert_eq!(feed["coins"]["kas"]["difficulty"], "20123456789012000");
    assert_eq!(feed["coins"]["btc"]["difficulty"], "149301205959699.22");
    assert_eq!(feed["coins"]["btc"]["priceUsd"], "91000.5");
    assert_eq!(feed["coins"]["rvn"]["priceUsd"], "0.00000015");
    for (id, coin) in feed["coins"].as_object().cloned().unwrap_or_default() {
        for key in ["priceUsd", "difficulty", "txFeesPerBlock"] {
            if let Some(v) = coin.get(key) {
                let s = v
                    .as_str()
                    .unwrap_or_else(|| panic!("{id}.{key} is not a string"));
                assert!(
                    s.bytes().all(|b| b.is_ascii_digit() || b == b'.'),
                    "{id}.{key} = {s}"
                );
            }
        }
    }
}

#[test]
fn the_binary_writes_the_feed_and_reports_on_stderr() {
    let routes = with(
        good_routes(),
        "/kaspa/info/blockdag",
        Reply::Status(500, String::new()),
    );
    let server = FixtureServer::start(routes);
    let dir = out_dir("binary");
    let out = dir.join("feed.json");
    let output = Command::new(env!("CARGO_BIN_EXE_minecalc-market"))
        .arg("fetch")
        .arg("--out")
        .arg(&out)
        .args(["--retries", "0", "--timeout", "5"])
        .args(["--mempool-url", &server.url("/mempool")])
        .args(["--blockchair-url", &server.url("/blockchair")])
        .args(["--kaspa-url", &server.url("/kaspa")])
        .args(["--ravencoin-url", &server.url("/rvn")])
        .args(["--etc-rpc-url", &server.url("/etc")])
        .args(["--coingecko-url", &server.url("/coingecko")])
        .env_remove("COINGECKO_API_KEY")
        .env("NO_PROXY", "127.0.0.1")
        .output()
        .unwrap_or_else(|e| panic!("running the binary: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.starts_with("wrote "), "{stdout}");
    assert!(stdout.contains("8 coins"), "{stdout}");
    assert!(stderr.contains("warning: kas left out:"), "{stderr}");
    let text = fs::read_to_string(&out).unwrap_or_default();
    assert_eq!(feed::validate(&text), Ok(vec![]));
    assert_eq!(files(&dir), ["feed.json"]);
}

#[test]
fn when_every_source_fails_the_binary_exits_non_zero_and_writes_nothing() {
    // Every path answers 404.
    let server = FixtureServer::start(Vec::new());
    let dir = out_dir("allfail");
    let out = dir.join("minecalc-market.json");
    fs::write(&out, "the previous feed\n").unwrap_or_else(|e| panic!("{e}"));
    let base = server.url("");
    let output = Command::new(env!("CARGO_BIN_EXE_minecalc-market"))
        .arg("fetch")
        .arg(format!("--out={}", out.display()))
        .args(["--retries", "0"])
        .args(["--mempool-url", &base])
        .args(["--blockchair-url", &base])
        .args(["--kaspa-url", &base])
        .args(["--ravencoin-url", &base])
        .args(["--etc-rpc-url", &base])
        .args(["--coingecko-url", &base])
        .env_remove("COINGECKO_API_KEY")
        .env("NO_PROXY", "127.0.0.1")
        .output()
        .unwrap_or_else(|e| panic!("running the binary: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error: nothing could be fetched"),
        "{stderr}"
    );
    assert!(stderr.contains("warning: btc left out:"), "{stderr}");
    // The previous feed stays as it was, and no temporary file is left.
    assert_eq!(
        fs::read_to_string(&out).unwrap_or_default(),
        "the previous feed\n"
    );
    assert_eq!(files(&dir), ["minecalc-market.json"]);
}

#[test]
fn an_unwritable_output_fails_the_run() {
    let server = FixtureServer::start(good_routes());
    let dir = out_dir("unwritable");
    let mut config = config(&server, &dir);
    config.out = dir.join("no-such-folder").join("minecalc-market.json");
    let e = minecalc_market::run(&config).unwrap_err();
    assert!(e.message.starts_with("writing "), "{e}");
    assert!(e.message.ends_with("no file written"), "{e}");
    assert_eq!(files(&dir), Vec::<String>::new());
}

#[test]
fn a_usage_error_exits_2() {
    let output = Command::new(env!("CARGO_BIN_EXE_minecalc-market"))
        .args(["fetch", "--only"])
        .output()
        .unwrap_or_else(|e| panic!("running the binary: {e}"));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--only needs a value"));
}
