//! The widget's inputs and tabs as data for the embed-code generator: `www/widget-fields.json`,
//! written from the field table and the views so the generator's form is grouped exactly as
//! the widget's. It is a checked-in file, not a wasm export, so the widget's download does not
//! carry it; this module is compiled for its test only, which fails when the file is out of
//! date and rewrites it with `UPDATE_EXPECT=1 cargo test -p minecalc-wasm catalog`.

use super::fields::{FIELDS, GROUPS, Kind, Show, Unit};
use super::messages::Lang;

/// The file's text: `{"fields": [...], "views": [...]}`, one entry a line. Each field has
/// `attribute`, `label` and `group` (English; groups in the form's order), `kind` (`number`,
/// `select`, `toggle`), `unit` (`""`, `hashrate`, `W`, `currency`, `currency/kWh`, `%`,
/// `coin`, `s`), `placeholder` (what an empty box means, `""` where the rig or the snapshot
/// decides), `views` (the tabs that show its group; empty: all), `market` (defaults to the
/// dated snapshot) and `customCoinOnly`. Each view has its `id` (the `view` attribute) and
/// `label`.
pub fn catalog_json() -> String {
    let en = Lang::En;
    let mut out = String::from("{\n\"fields\": [\n");
    for g in &GROUPS {
        for s in FIELDS.iter().filter(|s| s.group == g.group) {
            let kind = match s.kind {
                Kind::Number => "number",
                Kind::Select => "select",
                Kind::Toggle => "toggle",
            };
            let unit = match s.unit {
                Unit::None => "",
                Unit::Hashrate => "hashrate",
                Unit::Watts => "W",
                Unit::Currency => "currency",
                Unit::PerKwh => "currency/kWh",
                Unit::Percent => "%",
                Unit::Coin => "coin",
                Unit::Seconds => "s",
                Unit::DisplayHashrate => "display-hashrate",
                Unit::CurrencyPerDisplayHashrate => "currency/display-hashrate",
            };
            let views: Vec<String> = g.views.iter().map(|v| string(v)).collect();
            out.push_str(&format!(
                "{{\"attribute\": {}, \"label\": {}, \"group\": {}, \"kind\": {}, \"unit\": {}, \
                 \"placeholder\": {}, \"views\": [{}], \"market\": {}, \"customCoinOnly\": {}}},\n",
                string(s.attr),
                string(en.text(s.label)),
                string(en.text(g.legend)),
                string(kind),
                string(unit),
                string(s.placeholder),
                views.join(", "),
                s.market,
                s.show == Show::CustomCoin,
            ));
        }
    }
    end_list(&mut out);
    out.push_str(",\n\"views\": [\n");
    for view in super::views::registry() {
        out.push_str(&format!(
            "{{\"id\": {}, \"label\": {}}},\n",
            string(view.id()),
            string(en.text(view.label()))
        ));
    }
    end_list(&mut out);
    out.push_str("\n}\n");
    out
}

/// A JSON string literal.
pub(super) fn string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Fails unless `www/<file>` holds `want`; with `UPDATE_EXPECT` set, writes it first. `test`
/// names the test that rewrites it (`UPDATE_EXPECT=1 cargo test -p minecalc-wasm <test>`).
pub(super) fn up_to_date(file: &str, want: &str, test: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../www")
        .join(file);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        assert!(
            std::fs::write(&path, want).is_ok(),
            "cannot write {}",
            path.display()
        );
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "www/{file} is out of date with its source: run \
         `UPDATE_EXPECT=1 cargo test -p minecalc-wasm {test}` and commit it"
    );
}

/// Closes a list whose entries each end in `,\n`.
fn end_list(out: &mut String) {
    if out.ends_with(",\n") {
        out.truncate(out.len() - 2);
        out.push('\n');
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_listed_once() {
        let json = catalog_json();
        assert_eq!(json.matches("{\"attribute\": ").count(), FIELDS.len());
        for s in &FIELDS {
            let key = format!("{{\"attribute\": \"{}\",", s.attr);
            assert_eq!(json.matches(&key).count(), 1, "{}", s.attr);
        }
        assert!(json.contains("\"group\": \"Hardware\""));
        assert!(json.contains("{\"id\": \"hardware\", "));
        assert!(!json.contains(",\n]") && !json.contains(", ]"), "{json}");
        assert_eq!(string("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000a\"");
    }

    #[test]
    fn www_widget_fields_json_is_up_to_date() {
        up_to_date("widget-fields.json", &catalog_json(), "catalog");
    }
}
