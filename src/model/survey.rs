//! Survey inputs for the metrics of seed 003: NPS, CES, CSAT, retention, cart abandonment.

use super::Id;
use serde::{Deserialize, Serialize};

/// One round of measurement (a survey wave and the period's counts), for the whole customer
/// base or one persona. Every group of counts is optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyWave {
    /// Stable id, e.g. `sv-2026-q3`.
    pub id: Id,
    /// Label, e.g. "Q3 2026".
    pub label: String,
    /// The persona surveyed, or none for all customers.
    #[serde(default)]
    pub persona: Option<Id>,
    /// The period the wave covers, e.g. "2026-03 – 2026-05".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub period: String,
    /// How many months the wave's counts cover (the retention and new customers were counted
    /// over them); `None` when not stated, and then [`DEFAULT_WAVE_MONTHS`] is assumed
    /// (see [`SurveyWave::months`]). New in format version 2: a version-1 file gets it from
    /// the wave's period or label where they say it ([`months_from_text`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length_months: Option<u32>,
    /// Number of answers at each point 0..10 of "how likely are you to recommend us?", when
    /// known (an import, or entered point by point); [`Self::nps`] holds their groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nps_responses: Vec<u64>,
    /// "How likely are you to recommend us?" answers, grouped.
    #[serde(default)]
    pub nps: Option<NpsCounts>,
    /// Number of answers at each point 1..7 of "the company made it easy for me" (CES 2.0).
    #[serde(default)]
    pub ces_responses: Vec<u64>,
    /// Number of answers at each point 1..5 of "how satisfied were you?" (CSAT).
    #[serde(default)]
    pub csat_responses: Vec<u64>,
    /// Customer counts for the retention rate.
    #[serde(default)]
    pub retention: Option<RetentionCounts>,
    /// Cart counts for the abandonment rate.
    #[serde(default)]
    pub carts: Option<CartCounts>,
}

/// The length assumed for a wave that does not state it: a quarter, the usual survey rhythm.
pub const DEFAULT_WAVE_MONTHS: u32 = 3;
/// Longest wave length accepted, in months (ten years).
pub const MAX_WAVE_MONTHS: u32 = 120;

impl SurveyWave {
    /// The months the wave covers: its stated length (within 1..=[`MAX_WAVE_MONTHS`]), or
    /// [`DEFAULT_WAVE_MONTHS`] when it states none.
    pub fn months(&self) -> u32 {
        self.length_months
            .map_or(DEFAULT_WAVE_MONTHS, |m| m.clamp(1, MAX_WAVE_MONTHS))
    }

    /// Whether the wave states its length (otherwise [`DEFAULT_WAVE_MONTHS`] is an assumption).
    pub fn length_stated(&self) -> bool {
        self.length_months.is_some()
    }
}

/// English and Dutch month names and their abbreviations, by month number 1..=12.
const MONTH_NAMES: [&[&str]; 12] = [
    &["january", "jan", "januari"],
    &["february", "feb", "februari"],
    &["march", "mar", "maart", "mrt"],
    &["april", "apr"],
    &["may", "mei"],
    &["june", "jun", "juni"],
    &["july", "jul", "juli"],
    &["august", "aug", "augustus"],
    &["september", "sep", "sept"],
    &["october", "oct", "oktober", "okt"],
    &["november", "nov"],
    &["december", "dec"],
];

/// The length in months a wave's period or label names, when it names one: a month range
/// ("March–May", "2026-03 – 2026-05", "maart t/m mei"), a quarter ("Q3", "quarter",
/// "kwartaal"), a season ("Spring 2026", "zomer"), a half year ("H1", "half year") or a
/// whole year ("year 2025", "jaar"), or a single month ("June 2026"). `None` when it names
/// none of these (a bare year "2026" is read as a date, not a length).
pub fn months_from_text(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // Month numbers in order of appearance: names, and yyyy-mm dates.
    let mut months: Vec<u32> = Vec::new();
    for word in &words {
        if let Some(m) = MONTH_NAMES.iter().position(|names| names.contains(word)) {
            months.push(m as u32 + 1);
        }
    }
    if months.is_empty() {
        months = numeric_months(&lower);
    }
    if let (Some(&first), Some(&last)) = (months.first(), months.last()) {
        // "November–January" wraps round the year end.
        return Some((last + 12 - first) % 12 + 1);
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    let quarter = words
        .iter()
        .any(|w| w.len() == 2 && w.starts_with('q') && matches!(w.as_bytes()[1], b'1'..=b'4'));
    if quarter || has(&["quarter", "quarterly", "kwartaal", "trimester"]) {
        return Some(3);
    }
    if has(&[
        "spring", "summer", "autumn", "fall", "winter", "lente", "voorjaar", "zomer", "herfst",
        "najaar",
    ]) {
        return Some(3);
    }
    let half = words.iter().any(|w| matches!(*w, "h1" | "h2"));
    if half || lower.contains("half year") || lower.contains("halfjaar") {
        return Some(6);
    }
    if has(&["year", "yearly", "annual", "jaar", "jaarlijks", "fy"]) {
        return Some(12);
    }
    None
}

/// Months written as dates, `yyyy-mm` (or `yyyy/mm`, `mm-yyyy`), in order of appearance.
fn numeric_months(text: &str) -> Vec<u32> {
    let parts: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '-' || c == '/'))
        .filter(|p| !p.is_empty())
        .collect();
    let mut months = Vec::new();
    for part in parts {
        let numbers: Vec<&str> = part.split(['-', '/']).filter(|n| !n.is_empty()).collect();
        for pair in numbers.windows(2) {
            let month = match (pair[0].len(), pair[1].len()) {
                (4, 1 | 2) => pair[1],
                (1 | 2, 4) => pair[0],
                _ => continue,
            };
            if let Ok(m) = month.parse::<u32>()
                && (1..=12).contains(&m)
            {
                months.push(m);
            }
        }
    }
    months
}

/// Points on the NPS scale (0..10).
pub const NPS_POINTS: usize = 11;
/// Points on the CES scale.
pub const CES_POINTS: usize = 7;
/// Points on the CSAT scale.
pub const CSAT_POINTS: usize = 5;

/// NPS answers: promoters 9–10, passives 7–8, detractors 0–6.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NpsCounts {
    /// Answers 9–10.
    pub promoters: u64,
    /// Answers 7–8.
    pub passives: u64,
    /// Answers 0–6.
    pub detractors: u64,
}

impl NpsCounts {
    /// The groups of the answer counts at each point 0..10; `None` unless there are 11.
    pub fn from_answers(answers: &[u64]) -> Option<NpsCounts> {
        if answers.len() != NPS_POINTS {
            return None;
        }
        let sum = |range: std::ops::Range<usize>| answers[range].iter().sum::<u64>();
        Some(NpsCounts {
            detractors: sum(0..7),
            passives: sum(7..9),
            promoters: sum(9..11),
        })
    }

    /// All answers.
    pub fn total(&self) -> u64 {
        self.promoters + self.passives + self.detractors
    }
}

/// Customers at the start (S) and end (E) of a period and new ones won in it (N).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionCounts {
    /// Customers at the start of the period (S).
    pub customers_start: u64,
    /// Customers at the end of the period (E).
    pub customers_end: u64,
    /// New customers won during the period (N).
    pub new_customers: u64,
}

/// Shopping carts started and orders completed in a period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CartCounts {
    /// Carts (or bookings) started.
    pub carts: u64,
    /// Orders (or bookings) completed.
    pub orders: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_read_from_ranges_quarters_seasons_and_months() {
        let cases = [
            ("Spring 2026 (March–May)", Some(3)),
            (
                "Summer 2026, phone interviews with guests aged 75 and over",
                Some(3),
            ),
            ("Q2 2026, telefonische enquête 75-plussers", Some(3)),
            ("2026-03 – 2026-05", Some(3)),
            ("maart t/m augustus 2026", Some(6)),
            ("November–January", Some(3)),
            ("June 2026", Some(1)),
            ("H1 2026", Some(6)),
            ("Year 2025", Some(12)),
            ("2026", None),
            ("Pulse", None),
            ("", None),
        ];
        for (text, months) in cases {
            assert_eq!(months_from_text(text), months, "{text}");
        }
    }

    #[test]
    fn an_unstated_length_is_a_quarter_and_a_stated_one_is_kept_in_bounds() {
        let mut wave = SurveyWave::default();
        assert_eq!((wave.months(), wave.length_stated()), (3, false));
        wave.length_months = Some(1);
        assert_eq!((wave.months(), wave.length_stated()), (1, true));
        wave.length_months = Some(0);
        assert_eq!(wave.months(), 1);
        wave.length_months = Some(100_000);
        assert_eq!(wave.months(), MAX_WAVE_MONTHS);
    }
}
