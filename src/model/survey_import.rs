//! Raw answers from a survey tool's CSV export (one row per respondent, one column per
//! question; Qualtrics writes three header rows, Typeform one) turned into survey waves:
//! the columns holding NPS (0–10), CES (1–7) and CSAT (1–5) are counted per answer point,
//! optionally split by a column whose values name personas. Commas, semicolons and tabs, a
//! UTF-8 byte-order mark and quoted fields are read. Rows with an answer that is not a whole
//! number in range are listed with their line and reason and left out; an empty cell, a
//! negative code (−1, −2: "no basis", "not applicable") or "N/A" is a question not answered
//! and is not counted (the codes and words are counted apart). Header rows are found for
//! Qualtrics (three, or two in its legacy export) and SurveyMonkey (two).

use super::survey::{CES_POINTS, CSAT_POINTS, NPS_POINTS};
use super::{Id, NpsCounts, Persona, SurveyWave};

/// The file as read: column names and the answer rows with their line numbers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawAnswers {
    /// One name per column (from the header rows).
    pub columns: Vec<String>,
    /// `(line in the file, fields)` per respondent.
    pub rows: Vec<(usize, Vec<String>)>,
    /// The separator found.
    pub separator: char,
}

/// Why a survey export cannot be read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotText {
    /// It holds NUL bytes: a spreadsheet or another binary file, not CSV.
    Binary,
}

impl NotText {
    /// The reason in `lang`, with what to do.
    pub fn message(self, lang: crate::i18n::Lang) -> String {
        match self {
            NotText::Binary => crate::i18n::t(
                "this is not a text file (it looks like a spreadsheet or another binary file): export the answers from the survey tool as CSV",
                "dit is geen tekstbestand (het lijkt een spreadsheet of een ander binair bestand): exporteer de antwoorden uit het enquêteprogramma als CSV",
            )
            .get(lang)
            .to_string(),
        }
    }
}

/// The text of a survey export's bytes, as survey tools write them: UTF-8 (with or without a
/// byte-order mark), UTF-16 with its byte-order mark (Excel's "Unicode text"), or, when the
/// bytes are not UTF-8, Windows-1252 (older Excel and SurveyMonkey exports on Windows).
pub fn decode(bytes: &[u8]) -> Result<String, NotText> {
    let utf16 = |bytes: &[u8], little: bool| {
        let units = bytes.chunks_exact(2).map(|pair| {
            if little {
                u16::from_le_bytes([pair[0], pair[1]])
            } else {
                u16::from_be_bytes([pair[0], pair[1]])
            }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] => return Ok(utf16(rest, true)),
        [0xFE, 0xFF, rest @ ..] => return Ok(utf16(rest, false)),
        _ => {}
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(NotText::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(_) => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

/// One byte of Windows-1252: Latin-1, with printable characters where Latin-1 has control
/// codes (0x80–0x9F: €, quotes, dashes, …).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// How many header rows the file seems to have: three for a Qualtrics export (its third row
/// holds `ImportId`s), else one.
pub fn guess_header_rows(text: &str) -> usize {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = separator(text.lines().next().unwrap_or_default());
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let first: Vec<csv::StringRecord> = reader.records().take(3).flatten().collect();
    let field = |row: usize, col: usize| first.get(row).and_then(|r| r.get(col)).unwrap_or("");
    let has = |row: usize, what: &str| {
        first
            .get(row)
            .is_some_and(|r| r.iter().any(|f| f.contains(what)))
    };
    // Qualtrics: export tags, labels, then an ImportId row (JSON or a Python-style dict).
    if has(2, "ImportId") {
        return 3;
    }
    // Qualtrics' legacy export: V1, V2, … then labels.
    if field(0, 0).trim() == "V1" && field(0, 1).trim() == "V2" {
        return 2;
    }
    // SurveyMonkey: questions, then option names with "Response" under single answers.
    if field(1, 0).trim().is_empty()
        && first
            .get(1)
            .is_some_and(|r| r.iter().any(|f| f.trim() == "Response"))
    {
        return 2;
    }
    1
}

/// The separator of the first line: the most frequent of comma, semicolon and tab.
fn separator(first_line: &str) -> u8 {
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|s| first_line.bytes().filter(|b| b == s).count())
        .unwrap_or(b',')
}

/// The refusal of a line with `count` columns.
fn too_many_columns(line: usize, count: usize, lang: crate::i18n::Lang) -> String {
    crate::i18n::t(
        "line {line} has {count} columns, more than the {max} a survey export has: is this the file the survey tool exported?",
        "regel {line} heeft {count} kolommen, meer dan de {max} van een enquête-export: is dit het bestand dat het enquêteprogramma exporteerde?",
    )
    .fill(
        lang,
        &[("line", &line), ("count", &count), ("max", &MAX_COLUMNS)],
    )
}

/// The most columns a survey export may have (Qualtrics exports of long surveys have a few
/// hundred).
pub const MAX_COLUMNS: usize = 5_000;

/// Reads `text` with `header_rows` header rows. Fails only when the CSV cannot be read at
/// all, or a line has more than [`MAX_COLUMNS`] columns.
pub fn read(text: &str, header_rows: usize) -> Result<RawAnswers, String> {
    read_in(text, header_rows, crate::i18n::Lang::En)
}

/// [`read`] with its refusal in `lang`.
pub fn read_in(
    text: &str,
    header_rows: usize,
    lang: crate::i18n::Lang,
) -> Result<RawAnswers, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = separator(text.lines().next().unwrap_or_default());
    // Counted before anything is held: a line of millions of separators is refused at once
    // (quoted separators count too; a real export stays far below the limit either way).
    for (index, line) in text.lines().enumerate() {
        let count = line.bytes().filter(|&b| b == sep).count() + 1;
        if count > MAX_COLUMNS {
            return Err(too_many_columns(index + 1, count, lang));
        }
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers: Vec<Vec<String>> = Vec::new();
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut i = 0;
    while reader.read_record(&mut record).map_err(|e| e.to_string())? {
        let line = record.position().map_or(i + 1, |p| p.line() as usize);
        // A survey export has at most a few hundred columns: a line of millions of fields is
        // not one, and would take gigabytes to hold.
        if record.len() > MAX_COLUMNS {
            return Err(too_many_columns(line, record.len(), lang));
        }
        let fields: Vec<String> = record.iter().map(|f| f.trim().to_string()).collect();
        if i < header_rows {
            headers.push(fields);
        } else if fields.iter().any(|f| !f.is_empty()) {
            rows.push((line, fields));
        }
        i += 1;
    }
    let width = headers
        .iter()
        .chain(rows.iter().map(|(_, f)| f))
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    let columns = (0..width)
        .map(|c| {
            let parts: Vec<&str> = headers
                .iter()
                .take(2)
                .filter_map(|row| row.get(c).map(String::as_str))
                .filter(|s| !s.is_empty())
                .collect();
            match parts.is_empty() {
                true => format!("#{}", c + 1),
                false => parts.join(" · "),
            }
        })
        .collect();
    Ok(RawAnswers {
        columns,
        rows,
        separator: char::from(sep),
    })
}

/// Which column holds which question.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mapping {
    /// NPS, 0–10.
    pub nps: Option<usize>,
    /// CES, 1–7.
    pub ces: Option<usize>,
    /// CSAT, 1–5.
    pub csat: Option<usize>,
    /// Values naming personas (by name, first name or id); others count for all customers.
    pub persona: Option<usize>,
}

/// The columns whose names mention NPS, CES, CSAT or persona (in English or Dutch).
pub fn guess_mapping(raw: &RawAnswers) -> Mapping {
    let find = |words: &[&str]| {
        raw.columns.iter().position(|c| {
            let c = c.to_lowercase();
            words.iter().any(|w| c.contains(w))
        })
    };
    Mapping {
        nps: find(&["nps", "recommend", "aanbev"]),
        ces: find(&["ces", "effort", "makkelijk", "moeite"]),
        csat: find(&["csat", "satisf", "tevreden"]),
        persona: find(&["persona", "segment"]),
    }
}

/// Answer counts per point for one group of respondents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// The persona, `None` for all customers.
    pub persona: Option<Id>,
    /// Respondents counted.
    pub respondents: u64,
    /// NPS answers 0..10.
    pub nps: Vec<u64>,
    /// CES answers 1..7.
    pub ces: Vec<u64>,
    /// CSAT answers 1..5.
    pub csat: Vec<u64>,
}

/// A row left out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct BadRow {
    /// Its line in the file.
    pub line: usize,
    /// Column name, the value found and the range expected.
    pub column: String,
    /// The value found.
    pub value: String,
    /// The smallest and largest answer allowed.
    pub range: (u32, u32),
}

/// What an import would create: counts per group, and the rows it would leave out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Preview {
    /// One group per persona found (and all customers), in the order first met.
    pub groups: Vec<Counts>,
    /// Rows left out.
    pub bad: Vec<BadRow>,
    /// Answers that say "not answered": a negative code (−1 "no basis for evaluation", −2
    /// "not applicable", …) or a word such as "N/A"; counted apart, like an empty cell.
    pub not_answered: u64,
}

/// Whether a cell says the question was not answered: a negative whole number (survey tools'
/// codes for "no basis", "not applicable") or "N/A", "NA", "n.v.t." and the like.
fn says_not_answered(value: &str) -> bool {
    let value = value.trim();
    let lower = value.to_lowercase();
    value.replace('−', "-").parse::<i64>().is_ok_and(|v| v < 0)
        || [
            "n/a",
            "na",
            "n.a.",
            "n.v.t.",
            "nvt",
            "not applicable",
            "niet van toepassing",
        ]
        .contains(&lower.as_str())
}

/// The persona a cell's value names: its id, its full name or its first name, ignoring case.
fn persona_named<'p>(personas: &'p [Persona], value: &str) -> Option<&'p Persona> {
    let value = value.trim().to_lowercase();
    personas.iter().find(|p| {
        let name = p.name.to_lowercase();
        p.id.as_str().to_lowercase() == value
            || name == value
            || name.split_whitespace().next() == Some(value.as_str())
    })
}

/// Counts the answers of `raw` under `mapping`.
pub fn preview(raw: &RawAnswers, mapping: &Mapping, personas: &[Persona]) -> Preview {
    let mut out = Preview::default();
    let questions = [
        (mapping.nps, 0u32, 10u32),
        (mapping.ces, 1, CES_POINTS as u32),
        (mapping.csat, 1, CSAT_POINTS as u32),
    ];
    for (line, fields) in &raw.rows {
        let mut answers = [None; 3];
        let mut bad = None;
        for (q, (column, low, high)) in questions.iter().enumerate() {
            let Some(column) = column else { continue };
            let value = fields.get(*column).map_or("", String::as_str);
            if value.is_empty() {
                continue;
            }
            if says_not_answered(value) {
                out.not_answered += 1;
                continue;
            }
            match value.parse::<u32>() {
                Ok(v) if (*low..=*high).contains(&v) => answers[q] = Some((v - low) as usize),
                _ => {
                    bad = Some(BadRow {
                        line: *line,
                        column: raw.columns.get(*column).cloned().unwrap_or_default(),
                        value: value.to_string(),
                        range: (*low, *high),
                    });
                    break;
                }
            }
        }
        if let Some(bad) = bad {
            out.bad.push(bad);
            continue;
        }
        if answers.iter().all(Option::is_none) {
            continue;
        }
        let persona = mapping
            .persona
            .and_then(|c| fields.get(c))
            .and_then(|v| persona_named(personas, v))
            .map(|p| p.id.clone());
        let group = match out.groups.iter().position(|g| g.persona == persona) {
            Some(i) => i,
            None => {
                out.groups.push(Counts {
                    persona,
                    nps: vec![0; NPS_POINTS],
                    ces: vec![0; CES_POINTS],
                    csat: vec![0; CSAT_POINTS],
                    ..Counts::default()
                });
                out.groups.len() - 1
            }
        };
        let counts = &mut out.groups[group];
        counts.respondents += 1;
        for (q, answer) in answers.iter().enumerate() {
            if let Some(point) = answer {
                let list = [&mut counts.nps, &mut counts.ces, &mut counts.csat];
                if let Some(slot) = list.into_iter().nth(q).and_then(|l| l.get_mut(*point)) {
                    *slot += 1;
                }
            }
        }
    }
    out
}

/// The waves `preview` makes, labelled `label` (with the persona's name after it) and
/// dated `period`, with fresh ids against `taken`.
pub fn waves(
    preview: &Preview,
    label: &str,
    period: &str,
    personas: &[Persona],
    taken: &[Id],
) -> Vec<SurveyWave> {
    let mut ids: Vec<Id> = taken.to_vec();
    let nonzero = |v: &Vec<u64>| {
        if v.iter().any(|c| *c > 0) {
            v.clone()
        } else {
            Vec::new()
        }
    };
    preview
        .groups
        .iter()
        .map(|g| {
            let name = g
                .persona
                .as_ref()
                .and_then(|id| personas.iter().find(|p| &p.id == id))
                .map_or_else(|| label.to_string(), |p| format!("{label} – {}", p.name));
            let id = Id::generate("sv", &name, ids.iter());
            ids.push(id.clone());
            let nps_responses = nonzero(&g.nps);
            SurveyWave {
                id,
                label: name,
                persona: g.persona.clone(),
                period: period.to_string(),
                nps: NpsCounts::from_answers(&nps_responses),
                nps_responses,
                ces_responses: nonzero(&g.ces),
                csat_responses: nonzero(&g.csat),
                ..SurveyWave::default()
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "survey_import_tests.rs"]
mod tests;
