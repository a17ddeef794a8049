//! Property: whatever values a file holds, nothing panics. The samples are mutated where a
//! person or a tool could change them (numbers become 0, negative, huge, NaN or infinite;
//! texts become empty or carry terminal escapes), then loaded, validated, run through the
//! engine and the report, and shown in every workspace and view of the app.

mod common;

use common::*;
use cx_workbench::model::validate;
use cx_workbench::store;
use cx_workbench::ui::Workspace;
use proptest::prelude::*;
use proptest::sample::Index;

/// Values a number in a file can be replaced with.
const NUMBERS: [&str; 12] = [
    "0",
    "-1",
    "1e308",
    "-1e308",
    "NaN",
    "inf",
    "-inf",
    "4294967295",
    "18446744073709551615",
    "0.5",
    "1e-300",
    "100000",
];
/// Texts a string in a file can be replaced with.
const TEXTS: [&str; 4] = ["\"\"", "\"\\u{1b}]0;x\\u{7}\"", "\" \"", "\"p-ana\""];

/// Byte ranges (start, end) of tokens in a text.
type Ranges = Vec<(usize, usize)>;

/// Byte ranges of the numbers and of the strings (with their quotes) in RON `text`.
fn tokens(text: &str) -> (Ranges, Ranges) {
    let bytes = text.as_bytes();
    let (mut numbers, mut strings) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                strings.push((start, (i + 1).min(bytes.len())));
                i += 1;
            }
            b'-' | b'0'..=b'9' if i > 0 && b" ([:,".contains(&bytes[i - 1]) => {
                let start = i;
                i += 1;
                while i < bytes.len() && matches!(bytes[i], b'0'..=b'9' | b'.' | b'e' | b'-' | b'+')
                {
                    i += 1;
                }
                numbers.push((start, i));
            }
            _ => i += 1,
        }
    }
    (numbers, strings)
}

/// `text` with the chosen numbers and strings replaced (later positions first, so earlier
/// ranges stay valid).
fn mutate(text: &str, changes: &[(bool, Index, usize)]) -> String {
    let (numbers, strings) = tokens(text);
    let mut edits: Vec<((usize, usize), &str)> = changes
        .iter()
        .filter_map(|(is_number, at, value)| {
            if *is_number {
                (!numbers.is_empty()).then(|| {
                    (
                        numbers[at.index(numbers.len())],
                        NUMBERS[value % NUMBERS.len()],
                    )
                })
            } else {
                (!strings.is_empty())
                    .then(|| (strings[at.index(strings.len())], TEXTS[value % TEXTS.len()]))
            }
        })
        .collect();
    edits.sort_by_key(|((start, _), _)| std::cmp::Reverse(*start));
    edits.dedup_by_key(|((start, _), _)| *start);
    let mut out = text.to_string();
    for ((start, end), value) in edits {
        out.replace_range(start..end, value);
    }
    out
}

fn sample_text() -> String {
    std::fs::read_to_string(sample_path("online-shop.ron")).expect("sample")
}

fn changes() -> impl Strategy<Value = Vec<(bool, Index, usize)>> {
    proptest::collection::vec((any::<bool>(), any::<Index>(), 0usize..64), 1..6)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn mutated_samples_load_validate_run_and_report_without_panicking(changes in changes()) {
        let text = mutate(&sample_text(), &changes);
        if let Ok(project) = store::parse(&text) {
            let _ = validate(&project);
            let _ = store::picture::picture_problems(&project);
            let _ = cx_workbench::engine::compare(&project);
            if let Ok(report) = cx_workbench::engine::report::build(&project, None) {
                let _ = cx_workbench::cli::terminal_text(&report.to_text());
            }
        }
    }
}

proptest! {
    // Each case opens the app and shows every workspace and view: a few cases keep it fast.
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    #[test]
    fn mutated_samples_show_in_every_workspace_without_panicking(changes in changes()) {
        let fixture = Fixture::new();
        let path = fixture.copy_edited("online-shop.ron", |text| mutate(&text, &changes));
        let mut harness = fixture.app(Some(path));
        for (workspace, view) in Workspace::every_view() {
            let app = harness.state_mut();
            app.ui.workspace = workspace;
            if let Some(view) = view {
                app.ui.open_view(workspace, view);
            }
            harness.run_steps(2);
        }
    }
}

#[test]
fn the_mutations_reach_numbers_and_texts() {
    let text = sample_text();
    let (numbers, strings) = tokens(&text);
    assert!(numbers.len() > 100 && strings.len() > 100);
    let (start, end) = numbers[numbers.len() / 2];
    let mut changed = text.clone();
    changed.replace_range(start..end, "NaN");
    assert!(store::parse(&text).is_ok());
    assert_ne!(store::parse(&changed).ok(), store::parse(&text).ok());
}
