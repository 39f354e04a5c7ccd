//! Short import names: after `wasm-opt`, each wasm import (`"./minecalc_wasm_bg.js"` /
//! `__wbg_setAttribute_2b7d…`, ~110 of them, each with a random 16-digit hash) is renamed to a
//! one- or two-letter name in both the wasm's import section and the glue's import object.
//! The hashes do not compress: this takes ~2.9 KB gzip off each wasm and ~1.5 KB off each glue.
//!
//! Exports keep their names: they are the glue's `wasm.widget_new(…)` calls and `init()`'s
//! documented `InitOutput`. wasm-opt's `--minify-imports` only renames Emscripten's `env`
//! imports, and `--minify-imports-and-exports-and-modules` would rename the exports too, so the
//! import section is rewritten here.
//!
//! The glue is checked, not trusted: every old name must be an object key exactly once (and
//! nowhere else) and every module name a key exactly once, or the build stops, so a new
//! wasm-bindgen output format fails loudly instead of shipping a module that cannot link.

use std::path::Path;

use crate::sh::Result;

/// One renamed import: its module, its old name, its new name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    pub module: String,
    pub old: String,
    pub new: String,
}

/// Renames the imports of `wasm` and the matching keys of `glue`, in place.
pub fn shorten(wasm: &Path, glue: &Path) -> Result {
    let bytes = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let text = std::fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    let (bytes, renamed) =
        rename_imports(&bytes).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let text = rewrite_glue(&text, &renamed).map_err(|e| format!("{}: {e}", glue.display()))?;
    std::fs::write(wasm, bytes).map_err(|e| format!("{}: {e}", wasm.display()))?;
    std::fs::write(glue, text).map_err(|e| format!("{}: {e}", glue.display()))?;
    Ok(())
}

/// The `k`th short name: `a`…`z`, `A`…`Z`, then `ba`, `ca`, … (letters only, so each is a
/// valid unquoted key and can never be `__proto__`).
fn short_name(mut k: usize) -> String {
    const LETTERS: &[u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::new();
    loop {
        name.push(char::from(LETTERS[k % 52]));
        k /= 52;
        if k == 0 {
            return name;
        }
    }
}

/// The short name of the `k`th distinct module: `w`, `w1`, `w2`, …
fn module_name(k: usize) -> String {
    if k == 0 {
        "w".to_owned()
    } else {
        format!("w{k}")
    }
}

/// Reads an unsigned LEB128 number at `*at`.
fn leb(bytes: &[u8], at: &mut usize) -> std::result::Result<u64, String> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(*at).ok_or("the module ends inside a number")?;
        *at += 1;
        if shift >= 64 {
            return Err("a number is longer than 64 bits".into());
        }
        value |= u64::from(byte & 0x7f) << shift;
        shift += 7;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
}

fn push_leb(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn take<'a>(bytes: &'a [u8], at: &mut usize, len: u64) -> std::result::Result<&'a [u8], String> {
    let len = usize::try_from(len).map_err(|_| "a length does not fit")?;
    let end = at.checked_add(len).ok_or("a length overflows")?;
    let slice = bytes
        .get(*at..end)
        .ok_or("the module ends inside a section")?;
    *at = end;
    Ok(slice)
}

fn name<'a>(bytes: &'a [u8], at: &mut usize) -> std::result::Result<&'a str, String> {
    let len = leb(bytes, at)?;
    std::str::from_utf8(take(bytes, at, len)?).map_err(|_| "a name is not UTF-8".into())
}

/// Skips resizable limits (a table's or a memory's): a flag byte, the minimum, the maximum
/// when the flag's bit 0 says so.
fn skip_limits(bytes: &[u8], at: &mut usize) -> std::result::Result<(), String> {
    let flags = *bytes.get(*at).ok_or("the module ends inside limits")?;
    *at += 1;
    leb(bytes, at)?;
    if flags & 1 != 0 {
        leb(bytes, at)?;
    }
    Ok(())
}

/// A version 1 wasm module's sections, in order: `(id, body)`.
fn sections(bytes: &[u8]) -> std::result::Result<Vec<(u8, &[u8])>, String> {
    if bytes.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("not a version 1 wasm module".into());
    }
    let mut out = Vec::new();
    let mut at = 8;
    while at < bytes.len() {
        let id = bytes[at];
        at += 1;
        let size = leb(bytes, &mut at)?;
        out.push((id, take(bytes, &mut at, size)?));
    }
    Ok(out)
}

/// The module with its imports renamed, and the renaming.
pub fn rename_imports(bytes: &[u8]) -> std::result::Result<(Vec<u8>, Vec<Renamed>), String> {
    let mut out = bytes[..8].to_vec();
    let mut renamed = Vec::new();
    for (id, body) in sections(bytes)? {
        let section = if id == 2 {
            renamed_section(body, &mut renamed)?
        } else {
            body.to_vec()
        };
        out.push(id);
        push_leb(&mut out, section.len() as u64);
        out.extend_from_slice(&section);
    }
    Ok((out, renamed))
}

/// The import section `body` with short names, adding each renaming to `renamed`.
fn renamed_section(
    body: &[u8],
    renamed: &mut Vec<Renamed>,
) -> std::result::Result<Vec<u8>, String> {
    let mut p = 0;
    let count = leb(body, &mut p)?;
    let mut section = Vec::new();
    push_leb(&mut section, count);
    let mut modules: Vec<String> = Vec::new();
    for k in 0..count {
        let module = name(body, &mut p)?.to_owned();
        let old = name(body, &mut p)?.to_owned();
        let start = p;
        let kind = *body.get(p).ok_or("the import section ends early")?;
        p += 1;
        match kind {
            0 => {
                leb(body, &mut p)?;
            }
            1 => {
                p += 1; // the table's element type
                skip_limits(body, &mut p)?;
            }
            2 => skip_limits(body, &mut p)?,
            3 => p += 2, // the global's value type and mutability
            4 => {
                p += 1; // the tag's attribute
                leb(body, &mut p)?;
            }
            other => return Err(format!("unknown import kind {other}")),
        }
        let desc = body.get(start..p).ok_or("the import section ends early")?;
        let index = match modules.iter().position(|m| *m == module) {
            Some(i) => i,
            None => {
                modules.push(module.clone());
                modules.len() - 1
            }
        };
        let new = short_name(usize::try_from(k).map_err(|_| "too many imports")?);
        for part in [module_name(index).as_bytes(), new.as_bytes()] {
            push_leb(&mut section, part.len() as u64);
            section.extend_from_slice(part);
        }
        section.extend_from_slice(desc);
        renamed.push(Renamed { module, old, new });
    }
    if p != body.len() {
        return Err("the import section has bytes after its last import".into());
    }
    Ok(section)
}

/// The body of the custom section called `wanted` (e.g. `name`, the function names), if any.
pub fn custom_section<'a>(bytes: &'a [u8], wanted: &str) -> Option<&'a [u8]> {
    sections(bytes).ok()?.into_iter().find_map(|(id, body)| {
        let mut p = 0;
        (id == 0 && name(body, &mut p).ok()? == wanted).then(|| body.get(p..))?
    })
}

/// Where `word` occurs in `text` as a whole identifier (no `[A-Za-z0-9_$]` either side).
fn occurrences(text: &str, word: &str) -> Vec<usize> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    text.match_indices(word)
        .filter(|(at, _)| {
            !text[..*at].ends_with(ident) && !text[at + word.len()..].starts_with(ident)
        })
        .map(|(at, _)| at)
        .collect()
}

/// The glue with its import object's keys renamed: `old: function(…)` → `new: function(…)`,
/// `"module": import0` → `"w": import0`.
pub fn rewrite_glue(text: &str, renamed: &[Renamed]) -> std::result::Result<String, String> {
    let mut text = text.to_owned();
    for r in renamed {
        let at = occurrences(&text, &r.old);
        let key = format!("{}:", r.old);
        if at.len() != 1 || !text[at[0]..].starts_with(&key) {
            return Err(format!(
                "the import `{}` is not one key of the glue's import object ({} uses): \
                 has wasm-bindgen's output changed?",
                r.old,
                at.len()
            ));
        }
        text.replace_range(at[0]..at[0] + r.old.len(), &r.new);
    }
    let mut modules: Vec<&str> = Vec::new();
    for r in renamed {
        if !modules.contains(&r.module.as_str()) {
            modules.push(&r.module);
        }
    }
    for (k, module) in modules.iter().enumerate() {
        let key = format!("\"{module}\":");
        let uses = text.matches(&key).count();
        if uses != 1 {
            return Err(format!(
                "the import module `{module}` is not one key of the glue ({uses} uses)"
            ));
        }
        text = text.replacen(&key, &format!("\"{}\":", module_name(k)), 1);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing a function, a memory, a table and a global from two modules, with
    /// a type section before and an export section after.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        push_leb(&mut imports, 4);
        let mut import = |module: &str, field: &str, desc: &[u8]| {
            for part in [module, field] {
                push_leb(&mut imports, part.len() as u64);
                imports.extend_from_slice(part.as_bytes());
            }
            imports.extend_from_slice(desc);
        };
        import("./x_bg.js", "__wbg_now_463ac581d2fc7ea3", &[0, 0]);
        import("./x_bg.js", "__wbg_mem_0000", &[2, 1, 1, 0x80, 0x01]);
        import("env", "__wbg_table_1111", &[1, 0x6f, 0, 3]);
        import("./x_bg.js", "__wbg_g_2222", &[3, 0x7f, 1]);
        let mut bytes = b"\0asm\x01\0\0\0".to_vec();
        bytes.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]); // type section: () -> ()
        bytes.push(2);
        push_leb(&mut bytes, imports.len() as u64);
        bytes.extend_from_slice(&imports);
        bytes.extend_from_slice(&[7, 5, 1, 1, b'f', 0, 0]); // export "f" = func 0
        bytes
    }

    #[test]
    fn imports_are_renamed_and_the_rest_is_kept() {
        let (out, renamed) = rename_imports(&module()).unwrap();
        let names: Vec<(&str, &str)> = renamed
            .iter()
            .map(|r| (r.old.as_str(), r.new.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("__wbg_now_463ac581d2fc7ea3", "a"),
                ("__wbg_mem_0000", "b"),
                ("__wbg_table_1111", "c"),
                ("__wbg_g_2222", "d"),
            ]
        );
        // Renaming again reads back the new names, the modules `w` and `w1`, and the same
        // descriptions (so the section was written in step).
        let (again, second) = rename_imports(&out).unwrap();
        let modules: Vec<&str> = second.iter().map(|r| r.module.as_str()).collect();
        assert_eq!(modules, ["w", "w", "w1", "w"]);
        assert_eq!(second[2].old, "c");
        assert_eq!(again, out);
        assert!(
            out.ends_with(&[7, 5, 1, 1, b'f', 0, 0]),
            "the export is kept"
        );
        assert!(out.len() < module().len());
    }

    #[test]
    fn custom_sections_are_found_by_name() {
        let mut bytes = module();
        bytes.extend_from_slice(&[0, 7, 4, b'n', b'a', b'm', b'e', b'x', b'y']);
        assert_eq!(custom_section(&bytes, "name"), Some(b"xy".as_slice()));
        assert_eq!(custom_section(&bytes, "producers"), None);
        assert_eq!(custom_section(&module(), "name"), None);
    }

    #[test]
    fn broken_modules_are_refused() {
        assert!(rename_imports(b"\0asm\x02\0\0\0").is_err());
        let mut cut = module();
        cut.truncate(20);
        assert!(rename_imports(&cut).is_err());
    }

    #[test]
    fn short_names_are_letters_and_distinct() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert!(
            names
                .iter()
                .all(|n| n.chars().all(|c| c.is_ascii_alphabetic()))
        );
        assert_eq!((names[0].as_str(), names[52].as_str()), ("a", "ab"));
    }

    fn renamed(old: &str, new: &str) -> Renamed {
        Renamed {
            module: "./x_bg.js".into(),
            old: old.into(),
            new: new.into(),
        }
    }

    #[test]
    fn the_glue_keys_follow() {
        let glue = "const import0 = {\n  __proto__: null,\n  __wbg_now_46: function() { return Date.now(); },\n  __wbg_now_46x: function() {},\n};\nreturn { \"./x_bg.js\": import0 };";
        let out = rewrite_glue(
            glue,
            &[renamed("__wbg_now_46", "a"), renamed("__wbg_now_46x", "b")],
        )
        .unwrap();
        assert_eq!(
            out,
            "const import0 = {\n  __proto__: null,\n  a: function() { return Date.now(); },\n  b: function() {},\n};\nreturn { \"w\": import0 };"
        );
    }

    #[test]
    fn a_glue_that_does_not_match_stops_the_build() {
        let twice = "{ __wbg_a_1: function() {}, x: __wbg_a_1 } \"./x_bg.js\":";
        assert!(rewrite_glue(twice, &[renamed("__wbg_a_1", "a")]).is_err());
        let missing = "{ \"./x_bg.js\": import0 }";
        assert!(rewrite_glue(missing, &[renamed("__wbg_a_1", "a")]).is_err());
        let not_a_key = "{ f(__wbg_a_1) } \"./x_bg.js\":";
        assert!(rewrite_glue(not_a_key, &[renamed("__wbg_a_1", "a")]).is_err());
        let no_module = "{ __wbg_a_1: function() {} }";
        assert!(rewrite_glue(no_module, &[renamed("__wbg_a_1", "a")]).is_err());
    }
}
