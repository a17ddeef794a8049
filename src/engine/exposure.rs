//! Each persona's chance of a negative and of a delighting experience per period, computed
//! fast: the visit factors of every experience once per set of curve parameters
//! ([`ChanceTable`]), then per scenario only the touchpoints its initiatives change.
//! `engine::reference` computes the same numbers plainly; the tests hold the two equal, bit
//! for bit.

use super::chance::{ChanceCurve, Exposure, PRODUCT_BLOCK, ReadyCurve, adjusted_experience};
use super::parallel::map_in_parallel;
use super::prepared::{
    PhaseSchedule, PlannedEffect, PreparedExperience, PreparedProject, ScenarioPlan, change_at,
};

/// The two visit factors of one experience, (1 − reach·p_neg, 1 − reach·p_del), kept
/// together: a scenario reads both of the few it changes.
type Factors = [f64; 2];

/// [`PRODUCT_BLOCK`] consecutive factors of a persona, aligned to cache lines: a scenario
/// that changes one touchpoint reads exactly its block (two cache lines). The last block of
/// a persona is padded with (1, 1), which multiplies exactly, but its product only covers
/// the real factors.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Block([Factors; PRODUCT_BLOCK]);

/// The visit factors of every experience of every persona for one [`ChanceCurve`], with
/// their block products and the resulting exposures of the project as it is.
pub(crate) struct ChanceTable {
    /// The curve the factors were computed with.
    pub curve: ChanceCurve,
    personas: Vec<PersonaFactors>,
}

/// One persona's visit factors, in the order of its touchpoints.
struct PersonaFactors {
    /// Factors in blocks.
    blocks: Vec<Block>,
    /// Number of real factors (the touchpoints the persona uses).
    count: usize,
    /// Product of each block's factors.
    block_products: Vec<Factors>,
    exposure: Exposure,
}

/// A visit factor that an initiative changes: whose, where among the persona's touchpoints,
/// and the new factors.
#[derive(Clone, Copy)]
struct Substitution {
    persona: usize,
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
        let ranges = super::parallel::chunks(prepared.touchpoints_used.len(), threads);
        let threads = ranges.len().max(1);
        let parts = map_in_parallel(&ranges, threads, |range| {
            let mut rows: Vec<PersonaFactors> = prepared.touchpoints_used[range.clone()]
                .iter()
                .map(|&used| PersonaFactors::with_capacity(used))
                .collect();
            // Experiences come in touchpoint order, so each persona's factors arrive in the
            // order of its positions.
            for experience in prepared.experiences() {
                let p = experience.persona as usize;
                if range.contains(&p) {
                    let factors = experience_factors(&ready, experience, 0.0, 0.0);
                    rows[p - range.start].push(factors);
                }
            }
            rows.iter_mut().for_each(PersonaFactors::finish);
            rows
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

    /// Each persona's exposure in every phase of `schedule` (phase 0: as it is). The
    /// factors of a touchpoint whose effects all work at full strength in a phase are those
    /// of the full phase: computed once and reused, so a phase costs only the touchpoints of
    /// the initiatives still starting or ramping.
    pub fn phase_exposures(
        &self,
        prepared: &PreparedProject,
        plan: &ScenarioPlan,
        schedule: &PhaseSchedule,
    ) -> Vec<Vec<Exposure>> {
        let ready = self.curve.ready();
        let full = schedule
            .phases
            .get(schedule.full)
            .map_or(&[][..], Vec::as_slice);
        let at_full: Vec<Vec<Substitution>> = plan
            .changes
            .iter()
            .map(|(touchpoint, effects)| {
                let mut substitutions = Vec::new();
                self.substitute(
                    prepared,
                    &ready,
                    *touchpoint,
                    effects,
                    full,
                    &mut substitutions,
                );
                substitutions
            })
            .collect();
        let mut substitutions: Vec<Substitution> = Vec::new();
        schedule
            .phases
            .iter()
            .enumerate()
            .map(|(phase, fractions)| {
                if phase == 0 || plan.changes.is_empty() {
                    return self.exposures_as_is();
                }
                substitutions.clear();
                for ((touchpoint, effects), cached) in plan.changes.iter().zip(&at_full) {
                    let all_full = effects
                        .iter()
                        .all(|e| fractions.get(e.initiative).is_none_or(|&f| f == 1.0));
                    if all_full {
                        substitutions.extend_from_slice(cached);
                    } else {
                        let at = *touchpoint;
                        self.substitute(
                            prepared,
                            &ready,
                            at,
                            effects,
                            fractions,
                            &mut substitutions,
                        );
                    }
                }
                self.exposures_with(&mut substitutions)
            })
            .collect()
    }

    /// Appends the new factors of the experiences of `touchpoint` that `effects` change at
    /// `fractions`, in the order of the touchpoint's experiences.
    fn substitute(
        &self,
        prepared: &PreparedProject,
        ready: &ReadyCurve,
        touchpoint: usize,
        effects: &[PlannedEffect],
        fractions: &[f64],
        substitutions: &mut Vec<Substitution>,
    ) {
        let personas = &prepared.project.personas;
        for experience in prepared.experiences_of(touchpoint) {
            let p = experience.persona as usize;
            let Some(persona) = personas.get(p) else {
                continue;
            };
            if let Some((score_change, effort_change)) = change_at(effects, fractions, &persona.id)
            {
                substitutions.push(Substitution {
                    persona: p,
                    position: experience.position as usize,
                    factors: experience_factors(ready, experience, score_change, effort_change),
                });
            }
        }
    }

    /// The exposures with `substitutions` (in touchpoint order) in place of the factors as
    /// they are.
    fn exposures_with(&self, substitutions: &mut [Substitution]) -> Vec<Exposure> {
        let mut exposures = self.exposures_as_is();
        // Grouped by persona; a stable sort keeps touchpoint order, so positions ascend.
        substitutions.sort_by_key(|s| s.persona);
        let mut changed_blocks = Vec::new();
        for group in substitutions.chunk_by(|a, b| a.persona == b.persona) {
            let p = group[0].persona;
            if let (Some(factors), Some(exposure)) = (self.personas.get(p), exposures.get_mut(p)) {
                *exposure = factors.exposure_with(group, &mut changed_blocks);
            }
        }
        exposures
    }
}

fn multiply(product: Factors, factors: &Factors) -> Factors {
    [product[0] * factors[0], product[1] * factors[1]]
}

impl PersonaFactors {
    fn with_capacity(count: usize) -> Self {
        PersonaFactors {
            blocks: Vec::with_capacity(count.div_ceil(PRODUCT_BLOCK)),
            count: 0,
            block_products: Vec::new(),
            exposure: Exposure::default(),
        }
    }

    /// Appends the factors of the persona's next touchpoint.
    fn push(&mut self, factors: Factors) {
        let slot = self.count % PRODUCT_BLOCK;
        if slot == 0 {
            self.blocks.push(Block([[1.0; 2]; PRODUCT_BLOCK]));
        }
        if let Some(block) = self.blocks.last_mut() {
            block.0[slot] = factors;
        }
        self.count += 1;
    }

    /// The real factors of block `index`.
    fn block(&self, index: usize) -> &[Factors] {
        let len = self
            .count
            .saturating_sub(index * PRODUCT_BLOCK)
            .min(PRODUCT_BLOCK);
        self.blocks.get(index).map_or(&[], |b| &b.0[..len])
    }

    /// Computes the block products and the exposure once all factors are in.
    fn finish(&mut self) {
        self.block_products = (0..self.blocks.len())
            .map(|b| block_products(self.block(b)))
            .collect();
        let [no_negative, no_delight] = self.block_products.iter().fold([1.0, 1.0], multiply);
        self.exposure = Exposure::from_products(no_negative, no_delight);
    }

    /// The exposure with some factors replaced (positions ascending). Blocks without a
    /// replaced factor keep their product; the others are multiplied again, left to right.
    /// `changed` is scratch space.
    fn exposure_with(
        &self,
        substitutions: &[Substitution],
        changed: &mut Vec<(usize, Factors)>,
    ) -> Exposure {
        // First the changed blocks' products, their reads issued together (they are
        // scattered in memory; the processor fetches them in parallel) …
        changed.clear();
        for group in
            substitutions.chunk_by(|a, b| a.position / PRODUCT_BLOCK == b.position / PRODUCT_BLOCK)
        {
            let index = group[0].position / PRODUCT_BLOCK;
            let Some(block) = self.blocks.get(index) else {
                continue;
            };
            let mut factors = block.0;
            for s in group {
                factors[s.position % PRODUCT_BLOCK] = s.factors;
            }
            let len = self.block(index).len();
            changed.push((index, block_products(&factors[..len])));
        }
        // … then the product of all blocks, in order.
        let mut product = [1.0, 1.0];
        let mut next = changed.iter().peekable();
        for (index, cached) in self.block_products.iter().enumerate() {
            match next.next_if(|(changed_index, _)| *changed_index == index) {
                Some((_, recomputed)) => product = multiply(product, recomputed),
                None => product = multiply(product, cached),
            }
        }
        Exposure::from_products(product[0], product[1])
    }
}

/// Both products of a block, each left to right (as `chance::block_product`).
fn block_products(block: &[Factors]) -> Factors {
    block.iter().fold([1.0, 1.0], multiply)
}
