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
