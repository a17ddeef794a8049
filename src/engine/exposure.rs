//! Each persona's chance of a negative and of a delighting experience per period, computed
//! fast: the visit factors of every experience once per set of curve parameters
//! ([`ChanceTable`]), then per scenario only the touchpoints its initiatives change.
//! `engine::reference` computes the same numbers plainly; the tests hold the two equal, bit
//! for bit.

use super::chance::{ChanceCurve, Exposure, PRODUCT_BLOCK, ReadyCurve, adjusted_experience};
use super::parallel::map_in_parallel;
use super::prepared::{PreparedExperience, PreparedProject, ScenarioPlan, change_for};
use std::ops::Range;

/// The two visit factors of one experience, (1 − reach·p_neg, 1 − reach·p_del), kept
/// together: a scenario reads both of the few it changes.
type Factors = [f64; 2];

/// The visit factors of every experience of every persona for one [`ChanceCurve`], with
/// their block products and the resulting exposures of the project as it is.
pub(crate) struct ChanceTable {
    /// The curve the factors were computed with.
    pub curve: ChanceCurve,
    personas: Vec<PersonaFactors>,
}

/// One persona's visit factors, in the order of its touchpoints.
struct PersonaFactors {
    factors: Vec<Factors>,
    /// Product of each block of [`PRODUCT_BLOCK`] factors.
    blocks: Vec<Factors>,
    exposure: Exposure,
}

/// A visit factor that an initiative changes: position in the persona's touchpoints and the
/// new factors.
#[derive(Clone, Copy)]
struct Substitution {
    position: usize,
    factors: Factors,
}

/// The factors of one experience, after score and effort changes.
fn experience_factors(
    curve: &ReadyCurve,
    experience: &PreparedExperience,
    score_change: f64,
    effort_change: f64,
) -> Factors {
    let (score, effort) = adjusted_experience(
        experience.score,
        experience.effort,
        score_change,
        effort_change,
    );
    let (no_negative, no_delight) = curve.visit_factors(score, effort, experience.reach);
    [no_negative, no_delight]
}

impl ChanceTable {
    /// Computes the factors of every experience with `curve` (the touchpoints as they are),
    /// on up to `threads` threads, each taking a share of the personas.
    pub fn build(prepared: &PreparedProject, curve: ChanceCurve, threads: usize) -> Self {
        let ready = curve.ready();
        let count = prepared.touchpoints_used.len();
        let threads = threads.clamp(1, count.max(1));
        let share = count.div_ceil(threads).max(1);
        let ranges: Vec<Range<usize>> = (0..count)
            .step_by(share)
            .map(|start| start..(start + share).min(count))
            .collect();
        let parts = map_in_parallel(&ranges, threads, |range| {
            let mut rows: Vec<Vec<Factors>> = prepared.touchpoints_used[range.clone()]
                .iter()
                .map(|&used| Vec::with_capacity(used))
                .collect();
            // Experiences come in touchpoint order, so each persona's factors arrive in the
            // order of its positions.
            for experience in prepared.experiences() {
                let p = experience.persona as usize;
                if range.contains(&p) {
                    rows[p - range.start].push(experience_factors(&ready, experience, 0.0, 0.0));
                }
            }
            rows.into_iter()
                .map(PersonaFactors::new)
                .collect::<Vec<_>>()
        });
        ChanceTable {
            curve,
            personas: parts.into_iter().flatten().collect(),
        }
    }

    /// Each persona's exposure with no initiatives.
    pub fn exposures_as_is(&self) -> Vec<Exposure> {
        self.personas.iter().map(|p| p.exposure).collect()
    }

    /// Each persona's exposure with the plan's initiatives: only the touchpoints they change
    /// are recomputed, and only the product blocks holding those.
    pub fn exposures(&self, prepared: &PreparedProject, plan: &ScenarioPlan) -> Vec<Exposure> {
        if plan.changes.is_empty() {
            return self.exposures_as_is();
        }
        let personas = &prepared.project.personas;
        let ready = self.curve.ready();
        let mut substitutions: Vec<Vec<Substitution>> = vec![Vec::new(); self.personas.len()];
        // Touchpoint by touchpoint (ascending), so each persona's positions ascend.
        for (touchpoint, effects) in &plan.changes {
            for experience in prepared.experiences_of(*touchpoint) {
                let p = experience.persona as usize;
                let (Some(persona), Some(list)) = (personas.get(p), substitutions.get_mut(p))
                else {
                    continue;
                };
                if let Some((score_change, effort_change)) = change_for(effects, &persona.id) {
                    list.push(Substitution {
                        position: experience.position as usize,
                        factors: experience_factors(
                            &ready,
                            experience,
                            score_change,
                            effort_change,
                        ),
                    });
                }
            }
        }
        self.personas
            .iter()
            .zip(&substitutions)
            .map(|(factors, substitutions)| {
                if substitutions.is_empty() {
                    factors.exposure
                } else {
                    factors.exposure_with(substitutions)
                }
            })
            .collect()
    }
}

/// Both products of a block, each left to right (as `chance::block_product`).
fn block_products(block: &[Factors]) -> Factors {
    block.iter().fold([1.0, 1.0], multiply)
}

fn multiply(product: Factors, factors: &Factors) -> Factors {
    [product[0] * factors[0], product[1] * factors[1]]
}

impl PersonaFactors {
    /// A persona's factors with their block products and exposure.
    fn new(factors: Vec<Factors>) -> Self {
        let blocks: Vec<Factors> = factors.chunks(PRODUCT_BLOCK).map(block_products).collect();
        let [no_negative, no_delight] = blocks.iter().fold([1.0, 1.0], multiply);
        PersonaFactors {
            factors,
            blocks,
            exposure: Exposure::from_products(no_negative, no_delight),
        }
    }

    /// The exposure with some factors replaced (positions ascending). Blocks without a
    /// replaced factor keep their product; the others are multiplied again, left to right.
    fn exposure_with(&self, substitutions: &[Substitution]) -> Exposure {
        // First the changed blocks' products, all reads together (they are scattered in
        // memory; issuing them at once lets the processor fetch them in parallel) …
        let mut changed: Vec<(usize, Factors)> = Vec::with_capacity(substitutions.len());
        let mut rest = substitutions;
        while let Some(first) = rest.first() {
            let block = first.position / PRODUCT_BLOCK;
            let start = block * PRODUCT_BLOCK;
            let end = (start + PRODUCT_BLOCK).min(self.factors.len());
            let count = rest.iter().take_while(|s| s.position < end).count().max(1);
            let len = end.saturating_sub(start);
            let mut factors = [[1.0; 2]; PRODUCT_BLOCK];
            match self.factors.get(start..end) {
                // A whole block: a fixed-size copy, inlined (no call per block).
                Some(source) if len == PRODUCT_BLOCK => {
                    factors = <[Factors; PRODUCT_BLOCK]>::try_from(source).unwrap_or(factors);
                }
                Some(source) => factors[..len].copy_from_slice(source),
                None => {}
            }
            for s in &rest[..count] {
                if let Some(slot) = factors.get_mut(s.position - start) {
                    *slot = s.factors;
                }
            }
            changed.push((block, block_products(&factors[..len])));
            rest = &rest[count..];
        }
        // … then the product of all blocks, in order.
        let mut product = [1.0, 1.0];
        let mut next = changed.iter().peekable();
        for (block, cached) in self.blocks.iter().enumerate() {
            match next.next_if(|(changed_block, _)| *changed_block == block) {
                Some((_, recomputed)) => product = multiply(product, recomputed),
                None => product = multiply(product, cached),
            }
        }
        Exposure::from_products(product[0], product[1])
    }
}
