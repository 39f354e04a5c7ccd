//! `cargo xtask market import FILE`: rewrites the built-in market snapshot
//! (`core/data/market.json`) from a feed, so a release ships fresh data by one command and one
//! commit. The demo's feed (`www/minecalc-market.json`) gets the same figures. A coin's entry,
//! the FX rates and a rig's price are each taken whole, never mixing dates within one entry.

use minecalc_core::date::Date;
use minecalc_core::json::{self, Limits};
use minecalc_core::{Raw, RawMap, market};

use crate::sh::{self, Result};

/// The snapshot compiled into the core, and the demo site's own feed.
const BUILTIN: &str = "core/data/market.json";
const DEMO_FEED: &str = "www/minecalc-market.json";

/// Figures a coin entry must have to replace the snapshot's entry.
const COMPLETE: [&str; 3] = ["priceUsd", "height", "observedAt"];

pub fn run(args: &[String]) -> Result {
    match args {
        [cmd, file] if cmd == "import" => import(file),
        _ => Err("usage: cargo xtask market import FILE".into()),
    }
}

fn read(path: &std::path::Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()).into())
}

fn import(file: &str) -> Result {
    let root = sh::root();
    let today = today();
    let text = read(std::path::Path::new(file))?;
    let feed = market::parse(&text, Some(today)).map_err(|e| format!("{file}: {e}"))?;
    for w in &feed.warnings {
        println!("market import: {file}: {w}");
    }
    let feed = json::parse(&text, "feed", Limits::FEED).map_err(|e| e.to_string())?;
    let base_text = read(&root.join(BUILTIN))?;
    let mut base = json::parse(&base_text, "snapshot", Limits::FEED).map_err(|e| e.to_string())?;

    let mut taken = Vec::new();
    if let (Some(Raw::Map(coins)), Some(Raw::Map(into))) =
        (feed.get("coins"), section(&mut base, "coins"))
    {
        for (id, entry) in coins {
            // A coin that cannot be mined (ETH) has no difficulty to give.
            let mineable = minecalc_core::coins::find(id, "coin").is_ok_and(|c| c.mineable);
            let complete = COMPLETE.iter().all(|k| entry.get(k).is_some())
                && (!mineable
                    || entry.get("difficulty").is_some()
                    || entry.get("networkHashrate").is_some());
            if complete && into.get(id).is_some() {
                into.insert(id.clone(), entry.clone());
                taken.push(id.clone());
            } else {
                println!(
                    "market import: coins.{id}: kept the snapshot's entry (the feed's lacks price, difficulty, height or observedAt, or the coin is unknown)"
                );
            }
        }
    }
    let mut fx_taken = false;
    if let Some(fx) = feed.get("fx").filter(|fx| fx.is_given()) {
        let has_all =
            |fx: &Raw| match (fx.get("usdTo"), base.get("fx").and_then(|b| b.get("usdTo"))) {
                (Some(Raw::Map(new)), Some(Raw::Map(old))) => {
                    old.keys().all(|k| new.get(k).is_some())
                }
                _ => false,
            };
        if has_all(fx) {
            base.set("fx", fx.clone());
            fx_taken = true;
        } else {
            println!(
                "market import: fx: kept the snapshot's rates (the feed lacks some currencies)"
            );
        }
    }
    let mut rigs_taken = 0;
    if let (Some(Raw::Map(rigs)), Some(Raw::Map(into))) =
        (feed.get("rigs"), section(&mut base, "rigs"))
    {
        for (id, entry) in rigs {
            into.insert(id.clone(), entry.clone());
            rigs_taken += 1;
        }
    }
    // The snapshot's date: its newest coin observation.
    if let Some(Raw::Text(generated)) = feed.get("generatedAt")
        && !taken.is_empty()
    {
        base.set("generatedAt", generated.clone());
    }
    let out = to_json(&base, 0) + "\n";
    market::parse(&out, Some(today))
        .map_err(|e| format!("the merged snapshot does not validate: {e}"))?;
    for target in [BUILTIN, DEMO_FEED] {
        let path = root.join(target);
        std::fs::write(&path, &out).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!(
        "market import: {} coin(s) taken ({}), FX {}, {rigs_taken} rig price(s); wrote {BUILTIN} and {DEMO_FEED}",
        taken.len(),
        taken.join(", "),
        if fx_taken { "taken" } else { "kept" },
    );
    Ok(())
}

/// The object under `key` at the top of `doc`, created if absent.
fn section<'a>(doc: &'a mut Raw, key: &str) -> Option<&'a mut Raw> {
    if doc.get(key).is_none() {
        doc.set(key, Raw::Map(RawMap::new()));
    }
    match doc {
        Raw::Map(m) => m.get_mut(key),
        _ => None,
    }
}

/// Today in UTC from the system clock (xtask may read clocks; the core never does).
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0)).unwrap_or(Date::MIN)
}

/// Writes `raw` as JSON, two spaces a level; a coin's, rate table's or rig's entry on one line.
fn to_json(raw: &Raw, depth: usize) -> String {
    match raw {
        Raw::Null => "null".to_owned(),
        Raw::Bool(b) => b.to_string(),
        Raw::Number(n) => n.clone(),
        Raw::Text(t) => quote(t),
        Raw::List(items) => {
            let inner: Vec<String> = items.iter().map(|i| to_json(i, depth + 1)).collect();
            format!("[{}]", inner.join(", "))
        }
        Raw::Map(map) if depth >= 2 => {
            let inner: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", quote(k), to_json(v, depth + 1)))
                .collect();
            format!("{{ {} }}", inner.join(", "))
        }
        Raw::Map(map) => {
            let pad = "  ".repeat(depth + 1);
            let inner: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{pad}{}: {}", quote(k), to_json(v, depth + 1)))
                .collect();
            format!("{{\n{}\n{}}}", inner.join(",\n"), "  ".repeat(depth))
        }
    }
}

/// A JSON string literal.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
