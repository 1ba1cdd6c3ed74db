//! The layout's invariants (ARCHITECTURE.md), checked on the source text so that drift fails
//! `cargo test` instead of waiting for a reviewer. The source is rustfmt-formatted (layer 0 of
//! `./test.sh`), which makes line-based checks reliable.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/<dir>`, sorted.
fn sources(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir), &mut out);
    out.sort();
    out
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The lines before the file's tests (`#[cfg(test)]` at the start of a line).
fn code_lines(text: &str) -> Vec<&str> {
    text.lines().take_while(|l| !l.starts_with("#[cfg(test)]")).collect()
}

fn is_comment(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("//")
}

/// Lines of code (not comments) that name one of `words`, as `file:line: text`.
fn mentions(files: &[PathBuf], words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for path in files {
        let text = read(path);
        for (n, line) in code_lines(&text).iter().enumerate() {
            if !is_comment(line) && words.iter().any(|w| line.contains(w)) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    found
}

/// The browser's crates; `web_sys` event-target types are allowed in `ui/` (they are how a
/// component reads its own input), but not in the plain-Rust layers.
const BROWSER: &[&str] = &["web_sys", "js_sys", "gloo", "wasm_bindgen", "crate::platform"];

#[test]
fn the_plain_rust_layers_never_touch_the_browser() {
    for layer in ["domain", "state", "storage", "i18n"] {
        let found = mentions(&sources(layer), BROWSER);
        assert!(found.is_empty(), "src/{layer} must stay plain Rust (no browser, no platform):\n{}", found.join("\n"));
    }
}

/// The domain is the bottom layer: the app's other layers build on it, never the reverse. Its
/// tests may use them (`tests.rs` files, and what follows `#[cfg(test)]`).
#[test]
fn the_domain_names_no_layer_above_it() {
    let code: Vec<PathBuf> =
        sources("domain").into_iter().filter(|p| !p.to_string_lossy().ends_with("tests.rs")).collect();
    assert!(!code.is_empty());
    let found = mentions(&code, &["crate::i18n", "crate::state", "crate::storage", "crate::ui"]);
    assert!(found.is_empty(), "src/domain builds on no other layer of the app:\n{}", found.join("\n"));
}

#[test]
fn only_the_root_talks_to_the_platform() {
    let screens: Vec<PathBuf> =
        sources("ui").into_iter().filter(|p| !p.components().any(|c| c.as_os_str() == "app")).collect();
    assert!(!screens.is_empty());
    let found = mentions(&screens, &["crate::platform", "js_sys", "gloo", "FileReader", "local_storage"]);
    assert!(
        found.is_empty(),
        "screens get data by props and send commands; only ui/app calls the platform:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_source_file_mixes_too_much() {
    // Pure data tables and fixtures are long by nature; everything else is split by concern.
    let exempt = |p: &Path| {
        let name = p.file_name().unwrap().to_string_lossy();
        name == "tests.rs" || name == "fixtures.rs" || p.components().any(|c| c.as_os_str() == "data")
    };
    let mut long = Vec::new();
    for layer in ["domain", "state", "storage", "platform", "i18n", "ui"] {
        for path in sources(layer).into_iter().filter(|p| !exempt(p)) {
            let lines = code_lines(&read(&path)).len();
            if lines > 400 {
                long.push(format!("{} ({lines} lines before its tests)", path.display()));
            }
        }
    }
    assert!(long.is_empty(), "split these by concern (ARCHITECTURE.md, \"Small modules\"):\n{}", long.join("\n"));
}

/// The functions in a file with their length in lines, found by rustfmt's layout: a `fn` line
/// that ends with `{` closes at the next line with the same indentation that starts with `}`.
fn function_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = code_lines(text);
    let mut out = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let is_fn = ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn ", "async fn ", "pub async fn "]
            .iter()
            .any(|p| trimmed.starts_with(p));
        if !is_fn || is_comment(line) {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let close = format!("{}}}", " ".repeat(indent));
        if let Some(end) =
            lines[start + 1..].iter().position(|l| l.starts_with(&close) && l.len() - l.trim_start().len() == indent)
        {
            let name = trimmed.split('(').next().unwrap_or(trimmed).to_owned();
            out.push((name, end + 2));
        }
    }
    out
}

#[test]
fn no_ui_function_is_longer_than_a_screen() {
    let mut long = Vec::new();
    for path in sources("ui") {
        for (name, length) in function_lengths(&read(&path)) {
            if length > 80 {
                long.push(format!("{}: {name} ({length} lines)", path.display()));
            }
        }
    }
    assert!(long.is_empty(), "split these into smaller components or helpers:\n{}", long.join("\n"));
}

#[test]
fn the_function_length_check_sees_a_long_function() {
    // The check above must be able to fail: a made-up 90-line function is found, a short one is not.
    let body = "    let x = 1;\n".repeat(88);
    let text = format!("fn short() {{\n    1\n}}\n\npub fn long() {{\n{body}}}\n");
    let lengths = function_lengths(&text);
    assert_eq!(lengths, [("fn short".to_owned(), 3), ("pub fn long".to_owned(), 90)]);
}

#[test]
fn features_live_in_folders_not_in_name_prefixes() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    for gone in ["components", "pages"] {
        assert!(!ui.join(gone).exists(), "src/ui/{gone} was replaced by one folder per feature and widgets/");
    }
    for feature in ["home", "dossier", "self_check", "ladder", "plan", "sign", "print"] {
        assert!(ui.join(feature).join("mod.rs").is_file(), "src/ui/{feature}/mod.rs holds the {feature} page");
    }
}

/// Every text file under `dir` (relative to the crate) with one of the extensions.
fn files_with(dir: &str, extensions: &[&str]) -> Vec<PathBuf> {
    fn walk(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() && name != "artifacts" {
                walk(&path, extensions, out);
            } else if extensions.iter().any(|e| name.ends_with(e)) {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), extensions, &mut out);
    out
}

#[test]
fn one_word_per_concept() {
    let mut found = Vec::new();
    let texts =
        [("src", &[".rs", ".ftl"][..]), ("static", &[".css"]), ("tests", &[".rs", ".mjs"]), ("tools", &[".mjs"])];
    for (dir, extensions) in texts {
        for path in files_with(dir, extensions) {
            if path.ends_with("architecture.rs") {
                continue;
            }
            for (n, line) in read(&path).lines().enumerate() {
                // Self-check is `self_check` / `self-check`, never an abbreviation or one word.
                let abbreviated = line.match_indices("sc-").any(|(i, _)| {
                    i == 0 || !line.as_bytes()[i - 1].is_ascii_alphanumeric() && line.as_bytes()[i - 1] != b'-'
                });
                // The reducer's input is a message (`Msg`); "action" is a GPMI action.
                let reducer_action = line.contains("enum Action") && !path.ends_with("kinds.rs");
                // A stable name is `slug()`.
                let stable_name = line.trim_start().starts_with("pub fn key(self)")
                    || line.trim_start().starts_with("pub fn id(self)");
                if abbreviated || line.contains("selfcheck") || reducer_action || stable_name {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "ARCHITECTURE.md, \"Naming\":\n{}", found.join("\n"));
}

/// The single-line Dutch messages of the interface (the language the e2e tests run in).
fn dutch_messages() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for path in files_with("src/i18n/locales/nl", &[".ftl"]) {
        for line in read(&path).lines() {
            let Some((id, value)) = line.split_once(" = ") else { continue };
            let (id, value) = (id.trim(), value.trim());
            let plain = !value.is_empty() && !value.contains('{') && !id.starts_with('#') && !id.contains(' ');
            if plain {
                out.push((id.to_owned(), value.to_owned()));
            }
        }
    }
    out
}

#[test]
fn e2e_tests_read_interface_texts_from_fluent() {
    let messages = dutch_messages();
    assert!(messages.len() > 300, "the Dutch files were not found ({} messages)", messages.len());
    // Short words ("Ja", "Opslaan") are also test data or parts of other texts: only messages of
    // three words or more are taken as certainly copied from the interface.
    let texts: Vec<_> = messages.iter().filter(|(_, v)| v.split_whitespace().count() >= 3).collect();
    let mut found = Vec::new();
    for path in files_with("tests/e2e", &[".test.mjs"]) {
        let source = read(&path);
        for (id, value) in &texts {
            for quote in ['\'', '"', '`'] {
                if source.contains(&format!("{quote}{value}{quote}")) {
                    found.push(format!("{}: {value:?} (use nl('{id}'))", path.display()));
                }
            }
        }
    }
    assert!(found.is_empty(), "e2e tests read interface texts with nl(id) from support.mjs:\n{}", found.join("\n"));
}
