//! From touchpoint scores to chances: the one documented score-to-chance function, and how a
//! persona's touchpoint visits combine into the chance of at least one negative and at least
//! one delighting experience per period.

use super::params::Params;
use crate::model::AssumptionKey;
use crate::model::journey::{MAX_EFFORT, MAX_SCORE, MIN_EFFORT, MIN_SCORE, NEUTRAL_EFFORT};
use serde::Serialize;

/// The parameters of the score-to-chance curves, taken from the assumptions
/// `ScoreSteepness`, `NegativeMidpoint`, `DelightMidpoint` and `EffortWeight`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChanceCurve {
    /// Steepness k of both logistic curves, per score point.
    pub steepness: f64,
    /// Effective score at which a visit is negative half the time.
    pub negative_midpoint: f64,
    /// Effective score at which a visit delights half the time.
    pub delight_midpoint: f64,
    /// Score points per CES point above or below neutral (4).
    pub effort_weight: f64,
}

/// The chances that one visit of a touchpoint is negative and that it delights.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VisitChances {
    /// Chance the visit is a negative experience.
    pub negative: f64,
    /// Chance the visit is a delighting experience.
    pub delighting: f64,
}

impl ChanceCurve {
    /// The curve of a set of assumptions.
    pub fn of(params: &Params) -> Self {
        ChanceCurve {
            steepness: params.get(AssumptionKey::ScoreSteepness),
            negative_midpoint: params.get(AssumptionKey::NegativeMidpoint),
            delight_midpoint: params.get(AssumptionKey::DelightMidpoint),
            effort_weight: params.get(AssumptionKey::EffortWeight),
        }
    }

    /// The effective score of a visit: s = score + EffortWeight · (effort − 4). An effortless
    /// touchpoint (CES 7) lifts the experience, a hard one (CES 1) drags it down.
    pub fn effective_score(&self, score: f64, effort: f64) -> f64 {
        score + self.effort_weight * (effort - NEUTRAL_EFFORT)
    }

    /// **The score-to-chance function.** With s the [effective score](Self::effective_score)
    /// and k the steepness:
    ///
    /// - negative: p_neg(s) = 1 / (1 + exp(k · (s − NegativeMidpoint)))
    /// - delighting: p_del(s) = 1 / (1 + exp(−k · (s − DelightMidpoint)))
    ///
    /// Both are computed from one exponential, e = exp(k·s), as
    /// 1 / (1 + e · exp(−k·NegativeMidpoint)) and e / (e + exp(k·DelightMidpoint)):
    /// the same numbers up to rounding, at a third of the cost (this runs for every
    /// experience of every persona; [`ReadyCurve`] computes the midpoint exponentials once).
    /// With the assumptions within their bounds, k·s stays within ±200, so the exponentials
    /// neither overflow nor vanish.
    pub fn visit_chances(&self, score: f64, effort: f64) -> VisitChances {
        self.ready().visit_chances(score, effort)
    }

    /// The curve ready to evaluate many times.
    pub fn ready(&self) -> ReadyCurve {
        ReadyCurve {
            curve: *self,
            negative_scale: (-self.steepness * self.negative_midpoint).exp(),
            delight_scale: (self.steepness * self.delight_midpoint).exp(),
        }
    }
}

/// A [`ChanceCurve`] with the exponentials of its midpoints computed once.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReadyCurve {
    curve: ChanceCurve,
    /// exp(−k · NegativeMidpoint).
    negative_scale: f64,
    /// exp(k · DelightMidpoint).
    delight_scale: f64,
}

impl ReadyCurve {
    /// See [`ChanceCurve::visit_chances`].
    pub fn visit_chances(&self, score: f64, effort: f64) -> VisitChances {
        let e = (self.curve.steepness * self.curve.effective_score(score, effort)).exp();
        VisitChances {
            negative: 1.0 / (1.0 + e * self.negative_scale),
            delighting: e / (e + self.delight_scale),
        }
    }

    /// One visit's factors in the products over touchpoints: (1 − reach · p_neg,
    /// 1 − reach · p_del), the chances that this touchpoint gives *no* negative and *no*
    /// delighting experience in a period. Reach 0 gives exactly (1, 1).
    pub fn visit_factors(&self, score: f64, effort: f64, reach: f64) -> (f64, f64) {
        let chances = self.visit_chances(score, effort);
        (
            1.0 - reach * chances.negative,
            1.0 - reach * chances.delighting,
        )
    }
}

/// An experience's numbers made safe for the model: the score clamped into −5..5 and the
/// effort into 1..7 (after the initiatives' changes), the reach into 0..1. A number that is
/// not finite counts as neutral (score 0, effort 4) or as unused (reach 0); validation reports
/// it to the user.
pub fn adjusted_experience(
    score: f64,
    effort: f64,
    score_change: f64,
    effort_change: f64,
) -> (f64, f64) {
    let score = finite_or(score, 0.0) + finite_or(score_change, 0.0);
    let effort = finite_or(effort, NEUTRAL_EFFORT) + finite_or(effort_change, 0.0);
    (
        score.clamp(MIN_SCORE, MAX_SCORE),
        effort.clamp(MIN_EFFORT, MAX_EFFORT),
    )
}

/// Reach made safe: clamped into 0..1, 0 when not a finite number.
pub fn safe_reach(reach: f64) -> f64 {
    finite_or(reach, 0.0).clamp(0.0, 1.0)
}

/// `value` if it is a finite number, else `fallback`.
pub fn finite_or(value: f64, fallback: f64) -> f64 {
    if value.is_finite() { value } else { fallback }
}

/// Touchpoints per block of the product over a persona's touchpoints (see [`visit_product`]).
pub const PRODUCT_BLOCK: usize = 8;

/// The product of a persona's visit factors, in a fixed order: the factors of the touchpoints
/// the persona uses, in the project's touchpoint order, are taken in blocks of
/// [`PRODUCT_BLOCK`], each block multiplied left to right, then the block products multiplied
/// left to right. Mathematically the plain product; the fixed grouping only decides rounding.
///
/// Fixing the order makes the result exact and reproducible, and lets a scenario recompute
/// only the blocks whose touchpoints its initiatives change (see `exposure`), with results
/// bit for bit equal to computing everything afresh.
pub fn visit_product(factors: &[f64]) -> f64 {
    factors
        .chunks(PRODUCT_BLOCK)
        .map(block_product)
        .fold(1.0, |product, block| product * block)
}

/// One block's product, left to right.
pub fn block_product(block: &[f64]) -> f64 {
    block.iter().fold(1.0, |product, factor| product * factor)
}

/// A persona's chances per period, from all the touchpoints it uses (visits independent).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Exposure {
    /// n: chance of at least one negative experience in a period, 1 − Π(1 − reach · p_neg).
    pub negative: f64,
    /// g: chance of at least one delighting experience in a period, 1 − Π(1 − reach · p_del).
    pub delight: f64,
}

impl Exposure {
    /// The exposure from the two products of [`ReadyCurve::visit_factors`].
    pub fn from_products(no_negative: f64, no_delight: f64) -> Self {
        Exposure {
            negative: (1.0 - no_negative).clamp(0.0, 1.0),
            delight: (1.0 - no_delight).clamp(0.0, 1.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn curve() -> ChanceCurve {
        ChanceCurve::of(&Params::defaults())
    }

    #[test]
    fn one_exponential_gives_the_two_logistic_curves() {
        let curve = curve();
        let k = curve.steepness;
        for score in [-5.0, -3.0, -1.5, 0.0, 2.0, 3.0, 5.0] {
            for effort in [1.0, 4.0, 7.0] {
                let s = curve.effective_score(score, effort);
                let negative = 1.0 / (1.0 + (k * (s - curve.negative_midpoint)).exp());
                let delighting = 1.0 / (1.0 + (-k * (s - curve.delight_midpoint)).exp());
                let chances = curve.visit_chances(score, effort);
                assert!(
                    (chances.negative - negative).abs() < 1e-13,
                    "{score} {effort}"
                );
                assert!((chances.delighting - delighting).abs() < 1e-13);
            }
        }
    }

    #[test]
    fn chances_are_half_at_the_midpoints_and_monotone() {
        let curve = curve();
        let at_negative = curve.visit_chances(curve.negative_midpoint, NEUTRAL_EFFORT);
        assert!((at_negative.negative - 0.5).abs() < 1e-12);
        let at_delight = curve.visit_chances(curve.delight_midpoint, NEUTRAL_EFFORT);
        assert!((at_delight.delighting - 0.5).abs() < 1e-12);
        let worse = curve.visit_chances(-1.0, 4.0);
        let better = curve.visit_chances(1.0, 4.0);
        assert!(better.negative < worse.negative);
        assert!(better.delighting > worse.delighting);
        let hard = curve.visit_chances(1.0, 1.0);
        assert!(
            hard.negative > better.negative,
            "effort drags the experience down"
        );
    }

    #[test]
    fn extreme_settings_still_give_chances() {
        let curve = ChanceCurve {
            steepness: 10.0,
            negative_midpoint: -5.0,
            delight_midpoint: 5.0,
            effort_weight: 5.0,
        };
        for (score, effort) in [(-5.0, 1.0), (5.0, 7.0)] {
            let c = curve.visit_chances(score, effort);
            assert!((0.0..=1.0).contains(&c.negative) && (0.0..=1.0).contains(&c.delighting));
        }
    }

    #[test]
    fn the_blocked_product_is_the_product() {
        let factors: Vec<f64> = (0..100).map(|i| 1.0 - f64::from(i) / 400.0).collect();
        let plain: f64 = factors.iter().product();
        assert!((visit_product(&factors) - plain).abs() < 1e-14);
        assert_eq!(visit_product(&[]), 1.0);
    }

    #[test]
    fn bad_numbers_count_as_neutral() {
        assert_eq!(
            adjusted_experience(f64::NAN, f64::INFINITY, 1.0, 0.0),
            (1.0, 4.0)
        );
        assert_eq!(adjusted_experience(4.5, 6.5, 2.0, 2.0), (5.0, 7.0));
        assert_eq!(safe_reach(f64::NAN), 0.0);
        assert_eq!(safe_reach(1.5), 1.0);
    }
}
