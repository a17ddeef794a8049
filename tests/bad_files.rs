//! The bad-file corpus under `tests/bad/`: every file gets a clear message, never a panic, with
//! the right exit code from `cx-workbench check`.

use cx_workbench::cli;
use cx_workbench::i18n::Lang;
use cx_workbench::store;
use std::path::{Path, PathBuf};

/// What a user must see for one bad file.
enum Expect {
    /// The file cannot be read as a project: exit 2 and a message containing this text, at
    /// this line and column when given.
    Unreadable(&'static str, Option<(usize, usize)>),
    /// The file loads but has exactly these validation problems: exit 1.
    Invalid(&'static [&'static str]),
}

use Expect::{Invalid, Unreadable};

const CORPUS: &[(&str, Expect)] = &[
    ("empty.ron", Unreadable("the file is empty", None)),
    ("only-comments.ron", Unreadable("the file is empty", None)),
    (
        "garbage.bin",
        Unreadable("this is not a text file (invalid UTF-8 at byte 0)", None),
    ),
    (
        "utf16-bom.ron",
        Unreadable("the file is UTF-16 text; project files are UTF-8", None),
    ),
    (
        "utf16-no-bom.ron",
        Unreadable("the file is UTF-16 text", None),
    ),
    (
        "json-instead-of-ron.ron",
        Unreadable(
            "this looks like JSON; CX Workbench project files are RON",
            None,
        ),
    ),
    (
        "truncated-in-meta.ron",
        Unreadable("the file seems cut short", Some((4, 5))),
    ),
    (
        "truncated-in-string.ron",
        Unreadable(
            "touchpoints[0].name: Expected end of string (the file seems cut short",
            Some((13, 19)),
        ),
    ),
    (
        "truncated-in-list.ron",
        Unreadable("touchpoints[0]: Unexpected end of RON", Some((12, 31))),
    ),
    (
        "trailing-garbage.ron",
        Unreadable("Non-whitespace trailing characters", Some((20, 2))),
    ),
    (
        "unclosed-comment.ron",
        Unreadable("Unclosed block comment", Some((3, 32))),
    ),
    (
        "wrong-type-score.ron",
        Unreadable(
            "touchpoints[0].experiences[0].score: Expected float",
            Some((16, 43)),
        ),
    ),
    (
        "wrong-type-need-weight.ron",
        Unreadable(
            "personas[0].needs.good_price: Integer is out of bounds",
            Some((5, 58)),
        ),
    ),
    (
        "missing-persona-name.ron",
        Unreadable(
            "personas[0]: Unexpected missing field named `name` in `Persona`",
            Some((5, 22)),
        ),
    ),
    (
        "missing-meta.ron",
        Unreadable(
            "Unexpected missing field named `meta` in `Project`",
            Some((4, 1)),
        ),
    ),
    (
        "unknown-field.ron",
        Unreadable(
            "personas[0].naem: Unexpected field named `naem` in `Persona`, expected one of `id`, `name`",
            Some((5, 24)),
        ),
    ),
    (
        "unknown-channel.ron",
        Unreadable(
            "touchpoints[0].channel: Unexpected variant named `Fax` in enum `Channel`",
            Some((15, 22)),
        ),
    ),
    (
        "newer-version.ron",
        Unreadable(
            "the file has format version 4, from a newer CX Workbench; this version reads up to version 3",
            None,
        ),
    ),
    (
        "version-zero.ron",
        Unreadable(
            "format version 0 does not exist; the first version is 1",
            None,
        ),
    ),
    (
        "no-version.ron",
        Unreadable("no `format_version` found", None),
    ),
    (
        "version-as-string.ron",
        Unreadable("format_version: Expected integer", Some((2, 20))),
    ),
    (
        "deep-nesting.ron",
        Unreadable("nested deeper than the limit of 64 levels", Some((1, 39))),
    ),
    (
        "dangling-persona.ron",
        Invalid(&["touchpoints[0].experiences[0].persona: no persona with id \"p-ana\""]),
    ),
    (
        "dangling-stage.ron",
        Invalid(&["touchpoints[0].stage: no stage with id \"s-pay\""]),
    ),
    (
        "duplicate-persona-id.ron",
        Invalid(&["personas[1].id: id \"p-anna\" is already used by personas[0]"]),
    ),
    (
        "out-of-range-experience.ron",
        Invalid(&[
            "touchpoints[0].experiences[0].score: 7 is outside -5..5",
            "touchpoints[0].experiences[0].effort: 0 is outside 1..7",
            "touchpoints[0].experiences[0].reach: 1.5 is outside 0..1",
        ]),
    ),
    (
        "not-a-number.ron",
        Invalid(&["touchpoints[0].experiences[0].score: is not a finite number"]),
    ),
    (
        "empty-project-name.ron",
        Invalid(&["meta.name: must not be empty"]),
    ),
    (
        "dangling-scenario-initiative.ron",
        Invalid(&[
            "scenarios[0].initiatives[0]: no initiative with id \"i-chatbot\"",
            "scenarios[0].initiatives[1]: no initiative with id \"i-chatbot\"",
            "scenarios[0].initiatives[1]: \"i-chatbot\" is listed twice",
            "scenarios[0].horizon_periods: 0 is outside 1..600",
        ]),
    ),
    (
        "assumption-outside-range.ron",
        Invalid(&[
            "assumptions[0].value: 1.5 is outside 0..1",
            "assumptions[9].low: low end 0.03 is above high end 0",
            "assumptions[11].value: 0.7 is outside its plausible range 0.1–0.6",
        ]),
    ),
];

fn bad(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(name)
}

fn run_check(path: &Path) -> (i32, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::check(&[path.to_path_buf()], &mut out, &mut err);
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap_or_default();
    (code, text(out), text(err))
}

#[test]
fn every_bad_file_gets_its_message_and_exit_code() {
    for (name, expect) in CORPUS {
        let path = bad(name);
        let (code, out, err) = run_check(&path);
        assert_eq!(out, "", "{name}: nothing on stdout");
        match expect {
            Unreadable(message, position) => {
                assert_eq!(code, cli::EXIT_UNREADABLE, "{name}: {err}");
                assert!(
                    err.contains(message),
                    "{name}: expected {message:?} in\n{err}"
                );
                let error = store::load(&path).expect_err(name);
                assert_eq!(error.error.position(), *position, "{name}: position");
                let prefix = match position {
                    Some((line, col)) => format!("{}:{line}:{col}: ", path.display()),
                    None => format!("{}: ", path.display()),
                };
                assert!(
                    err.starts_with(&prefix),
                    "{name}: expected prefix {prefix:?} in\n{err}"
                );
            }
            Invalid(problems) => {
                assert_eq!(code, cli::EXIT_INVALID, "{name}: {err}");
                let lines: Vec<&str> = err.lines().collect();
                let file = path.display().to_string();
                let expected: Vec<String> =
                    problems.iter().map(|p| format!("{file}: {p}")).collect();
                assert_eq!(lines[..lines.len() - 1], expected[..], "{name}");
                let noun = if problems.len() == 1 {
                    "problem"
                } else {
                    "problems"
                };
                assert_eq!(
                    lines[lines.len() - 1],
                    format!("{file}: {} {noun}", problems.len())
                );
            }
        }
    }
}

#[test]
fn the_corpus_has_at_least_twenty_files_and_all_are_covered() {
    let on_disk: Vec<String> = std::fs::read_dir(bad(""))
        .expect("corpus folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(on_disk.len() >= 20);
    for name in &on_disk {
        assert!(
            CORPUS.iter().any(|(n, _)| n == name),
            "{name} has no expectation"
        );
    }
}

#[test]
fn syntax_errors_quote_the_offending_line_with_a_caret() {
    let error = store::load(&bad("wrong-type-score.ron")).expect_err("type error");
    let message = error.message(Lang::En);
    let expected = "\n  16 |                 (persona: \"p-anna\", score: \"high\", effort: 5.0, reach: 0.3),\n     |                                           ^";
    assert!(message.ends_with(expected), "{message}");
}

#[test]
fn messages_exist_in_dutch() {
    let error = store::load(&bad("newer-version.ron")).expect_err("newer");
    assert!(
        error.message(Lang::Nl).contains("formaatversie 4"),
        "{}",
        error.message(Lang::Nl)
    );
    let loaded = store::load(&bad("dangling-persona.ron")).expect("loads");
    let problems = cx_workbench::model::validate(&loaded.project);
    assert_eq!(
        problems[0].describe(Lang::Nl),
        "touchpoints[0].experiences[0].persona: geen persona met id \"p-ana\""
    );
}

#[test]
fn oversize_files_are_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("create");
    // A sparse file: large on paper, no time or disk spent writing it.
    file.set_len(store::MAX_FILE_BYTES + 1).expect("set_len");
    let (code, _, err) = run_check(&path);
    assert_eq!(code, cli::EXIT_UNREADABLE);
    assert!(
        err.contains("the file is 67108865 bytes, more than the 64 MiB limit"),
        "{err}"
    );
}

#[test]
fn a_missing_file_is_unreadable_with_the_reason() {
    let (code, _, err) = run_check(Path::new("/no/such/dir/project.ron"));
    assert_eq!(code, cli::EXIT_UNREADABLE);
    assert!(
        err.starts_with("/no/such/dir/project.ron: cannot read the file: No such file"),
        "{err}"
    );
}

#[test]
fn the_worst_result_over_several_files_sets_the_exit_code() {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let files = [bad("dangling-stage.ron"), bad("empty.ron")];
    assert_eq!(cli::check(&files, &mut out, &mut err), cli::EXIT_UNREADABLE);
    let files = [bad("dangling-stage.ron")];
    assert_eq!(cli::check(&files, &mut out, &mut err), cli::EXIT_INVALID);
}
