//! The metrics of seed 003 from survey inputs: NPS, CES, CSAT, retention, churn and cart
//! abandonment. Shares are fractions (0.85 is 85 %); NPS is in points from −100 to +100.
//! Every metric is `None` when its denominator is 0 (nothing to measure).

use crate::model::survey::{CES_POINTS, CSAT_POINTS};
use crate::model::{CartCounts, NpsCounts, RetentionCounts, SurveyWave};
use serde::Serialize;

/// Net Promoter Score in points: % promoters (9–10) − % detractors (0–6).
pub fn nps(counts: &NpsCounts) -> Option<f64> {
    let total = counts.promoters as f64 + counts.passives as f64 + counts.detractors as f64;
    (total > 0.0).then(|| 100.0 * (counts.promoters as f64 - counts.detractors as f64) / total)
}

/// Mean customer effort score on the 1–7 scale, from the answers at each point 1..7.
/// `None` without answers or when the list does not have exactly 7 counts.
pub fn ces_mean(responses: &[u64]) -> Option<f64> {
    scale_mean(responses, CES_POINTS)
}

/// Share of CES answers that agree the company made it easy (points 5–7 of 7).
pub fn ces_share_agreeing(responses: &[u64]) -> Option<f64> {
    share_from(responses, CES_POINTS, 5)
}

/// CSAT: share of satisfied answers (points 4–5 of 5).
pub fn csat(responses: &[u64]) -> Option<f64> {
    share_from(responses, CSAT_POINTS, 4)
}

/// Retention rate (E − N) / S: customers at the end of the period, minus the new ones won
/// in it, over the customers at its start.
pub fn retention_rate(counts: &RetentionCounts) -> Option<f64> {
    let start = counts.customers_start as f64;
    (start > 0.0).then(|| (counts.customers_end as f64 - counts.new_customers as f64) / start)
}

/// Churn rate: 1 − retention rate.
pub fn churn_rate(counts: &RetentionCounts) -> Option<f64> {
    retention_rate(counts).map(|r| 1.0 - r)
}

/// Cart abandonment: 1 − orders / carts.
pub fn cart_abandonment(counts: &CartCounts) -> Option<f64> {
    let carts = counts.carts as f64;
    (carts > 0.0).then(|| 1.0 - counts.orders as f64 / carts)
}

/// Every metric of one survey wave; a metric is `None` when the wave lacks its inputs.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct WaveMetrics {
    /// NPS in points (−100..+100).
    pub nps: Option<f64>,
    /// Mean CES (1–7).
    pub ces_mean: Option<f64>,
    /// Share of CES answers 5–7.
    pub ces_share_agreeing: Option<f64>,
    /// Share of CSAT answers 4–5.
    pub csat: Option<f64>,
    /// Retention rate (E − N) / S.
    pub retention_rate: Option<f64>,
    /// Churn rate, 1 − retention.
    pub churn_rate: Option<f64>,
    /// Cart abandonment, 1 − orders / carts.
    pub cart_abandonment: Option<f64>,
}

impl WaveMetrics {
    /// The metrics of `wave`.
    pub fn of(wave: &SurveyWave) -> Self {
        WaveMetrics {
            nps: wave.nps.as_ref().and_then(nps),
            ces_mean: ces_mean(&wave.ces_responses),
            ces_share_agreeing: ces_share_agreeing(&wave.ces_responses),
            csat: csat(&wave.csat_responses),
            retention_rate: wave.retention.as_ref().and_then(retention_rate),
            churn_rate: wave.retention.as_ref().and_then(churn_rate),
            cart_abandonment: wave.carts.as_ref().and_then(cart_abandonment),
        }
    }
}

/// Mean of the points 1..=points weighted by their counts.
fn scale_mean(responses: &[u64], points: usize) -> Option<f64> {
    if responses.len() != points {
        return None;
    }
    let total: f64 = responses.iter().map(|&c| c as f64).sum();
    let weighted: f64 = responses
        .iter()
        .zip(1..)
        .map(|(&count, point)| count as f64 * f64::from(point))
        .sum();
    (total > 0.0).then(|| weighted / total)
}

/// Share of answers at point `from` (1-based) or higher.
fn share_from(responses: &[u64], points: usize, from: usize) -> Option<f64> {
    if responses.len() != points {
        return None;
    }
    let total: f64 = responses.iter().map(|&c| c as f64).sum();
    let top: f64 = responses.iter().skip(from - 1).map(|&c| c as f64).sum();
    (total > 0.0).then(|| top / total)
}
