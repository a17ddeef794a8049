//! Reads every `t("…", "…")` in the crate's source and checks that its English and Dutch name
//! the same placeholders, and that a `.fill(lang, &[…])` written right after it gives exactly
//! those: a mistake fails here, before any screen shows it.

use super::placeholder_set;
use std::path::{Path, PathBuf};

/// A piece of Rust source, as far as this check needs to tell pieces apart.
#[derive(Clone, Debug, PartialEq)]
enum Token {
    /// A name or keyword.
    Ident(String),
    /// A string literal's value, escapes resolved.
    Str(String),
    /// Any other character that is not space: brackets, commas, dots.
    Punct(char),
}

/// The tokens of `code` with their line numbers: comments skipped, char literals dropped, and
/// string literals (plain, raw, byte) read to their value.
fn tokens(code: &str) -> Vec<(usize, Token)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && at(i + 1) == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '"' || (c == 'b' && at(i + 1) == '"') {
            let start = line;
            i += if c == 'b' { 2 } else { 1 };
            let mut value = String::new();
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                    match at(i) {
                        'n' => value.push('\n'),
                        't' => value.push('\t'),
                        'r' => value.push('\r'),
                        '0' => value.push('\0'),
                        'u' => {
                            let close = (i..chars.len()).find(|&j| chars[j] == '}').unwrap_or(i);
                            let hex: String = chars[i + 2..close].iter().collect();
                            let code = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
                            value.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                            i = close;
                        }
                        '\n' => {
                            // A line continuation: the newline and the next line's indent go.
                            line += 1;
                            while at(i + 1).is_whitespace() {
                                line += usize::from(at(i + 1) == '\n');
                                i += 1;
                            }
                        }
                        other => value.push(other),
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    value.push(chars[i]);
                }
                i += 1;
            }
            i += 1;
            out.push((start, Token::Str(value)));
        } else if (c == 'r' || (c == 'b' && at(i + 1) == 'r'))
            && matches!(at(i + usize::from(c == 'b') + 1), '"' | '#')
            && !at(i.wrapping_sub(1)).is_alphanumeric()
        {
            let start = line;
            i += usize::from(c == 'b') + 1;
            let mut hashes = 0;
            while at(i) == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            let mut value = String::new();
            while i < chars.len() && !(chars[i] == '"' && (1..=hashes).all(|k| at(i + k) == '#')) {
                line += usize::from(chars[i] == '\n');
                value.push(chars[i]);
                i += 1;
            }
            i += 1 + hashes;
            out.push((start, Token::Str(value)));
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{2014}') is skipped; a lifetime ('a) is a quote
            // followed by a name.
            if at(i + 1) == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let mut name = String::new();
            while at(i).is_alphanumeric() || at(i) == '_' {
                name.push(at(i));
                i += 1;
            }
            out.push((line, Token::Ident(name)));
        } else {
            out.push((line, Token::Punct(c)));
            i += 1;
        }
    }
    out
}

/// A `t("…", "…")` found in source, with the argument names of a `.fill(…, &[…])` right
/// after it, if there is one and its arguments are written there.
#[derive(Debug)]
struct Found {
    line: usize,
    en: String,
    nl: String,
    fill: Option<Vec<String>>,
}

/// Every `t("…", "…")` among `tokens`.
fn texts(tokens: &[(usize, Token)]) -> Vec<Found> {
    use Token::{Ident, Punct, Str};
    let token = |i: usize| tokens.get(i).map(|(_, token)| token);
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        // `t(` that is a call of our `t`, not a method or path ending in `t`.
        if token(i) != Some(&Ident("t".into()))
            || token(i + 1) != Some(&Punct('('))
            || matches!(token(i.wrapping_sub(1)), Some(Punct('.') | Punct(':')))
        {
            continue;
        }
        let (Some(Str(en)), Some(Punct(',')), Some(Str(nl))) =
            (token(i + 2), token(i + 3), token(i + 4))
        else {
            continue;
        };
        let mut next = i + 5;
        if token(next) == Some(&Punct(',')) {
            next += 1;
        }
        if token(next) != Some(&Punct(')')) {
            continue;
        }
        let fill = (token(next + 1) == Some(&Punct('.'))
            && token(next + 2) == Some(&Ident("fill".into()))
            && token(next + 3) == Some(&Punct('(')))
        .then(|| fill_names(tokens, next + 4))
        .flatten();
        out.push(Found {
            line: tokens[i].0,
            en: en.clone(),
            nl: nl.clone(),
            fill,
        });
    }
    out
}

/// The names in `("name", value)` pairs of the `&[…]` argument list of the `.fill(` call whose
/// arguments start at `from`; `None` when the arguments are not written there as a list.
fn fill_names(tokens: &[(usize, Token)], from: usize) -> Option<Vec<String>> {
    use Token::{Punct, Str};
    let mut open = None;
    let mut depth = 0;
    for (i, (_, token)) in tokens.iter().enumerate().skip(from) {
        match token {
            Punct('[') if depth == 0 => {
                open = Some(i);
                break;
            }
            Punct('(' | '[' | '{') => depth += 1,
            Punct(')' | ']' | '}') if depth == 0 => return None,
            Punct(')' | ']' | '}') => depth -= 1,
            _ => {}
        }
    }
    let open = open?;
    let mut names = Vec::new();
    let mut depth = 0;
    for i in open..tokens.len() {
        match &tokens[i].1 {
            Punct('(' | '[' | '{') => {
                // A pair opens at depth 1, inside the slice's brackets.
                if depth == 1
                    && tokens[i].1 == Punct('(')
                    && let Some((_, Str(name))) = tokens.get(i + 1)
                    && tokens.get(i + 2).map(|(_, t)| t) == Some(&Punct(','))
                {
                    names.push(name.clone());
                }
                depth += 1;
            }
            Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
    }
    Some(names)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_scanner_reads_texts_and_their_fill() {
    let code = r##"
        // t("comment {a}", "{b}")
        let x = t("Saved {file}", "{file} \"bewaard\"\u{2014}").fill(lang, &[("file", &f(a, ("x", b)))]);
        let y = t(
            r#"raw {n}"#,
            "met \
             {n}",
        );
        let c = '"'; let z = other.t("a {x}", "b");
    "##;
    let found = texts(&tokens(code));
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].nl, "{file} \"bewaard\"—");
    assert_eq!(found[0].fill, Some(vec!["file".to_string()]));
    assert_eq!(
        (found[1].en.as_str(), found[1].nl.as_str()),
        ("raw {n}", "met {n}")
    );
    assert_eq!((found[1].line, found[1].fill.clone()), (4, None));
}

#[test]
fn every_text_names_the_same_placeholders_in_both_languages_and_fills_them() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let mut problems = Vec::new();
    let mut count = 0;
    for file in &files {
        let Ok(code) = std::fs::read_to_string(file) else {
            problems.push(format!("{}: cannot read", file.display()));
            continue;
        };
        let name = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        for found in texts(&tokens(&code)) {
            count += 1;
            let (en, nl) = (placeholder_set(&found.en), placeholder_set(&found.nl));
            if en != nl {
                problems.push(format!(
                    "src/{name}:{}: English names {en:?}, Dutch names {nl:?}",
                    found.line
                ));
            }
            if let Some(mut given) = found.fill {
                given.sort();
                if given != en {
                    problems.push(format!(
                        "src/{name}:{}: the placeholders are {en:?}, fill gives {given:?}",
                        found.line
                    ));
                }
            }
        }
    }
    // The scan must see the app's texts, or it checks nothing.
    assert!(
        count > 500,
        "only {count} texts found under {}",
        root.display()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
