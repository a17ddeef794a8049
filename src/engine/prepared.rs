//! The project indexed for the engine: every persona's touchpoint experiences as flat rows,
//! grouped by touchpoint (a scenario reads the few touchpoints it changes, for all personas,
//! in one stream), and each scenario resolved into the initiatives it carries out, the
//! touchpoints they change and what they cost.

use super::chance::{finite_or, safe_reach};
use super::parallel::{map_in_parallel, threads_for};
use crate::model::{Effect, Id, Initiative, Project, Scenario};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

/// The project as the engine reads it. Built once per computation; holds no chances, so one
/// prepared project serves every set of assumptions.
pub(crate) struct PreparedProject<'a> {
    /// The project.
    pub project: &'a Project,
    /// Every experience the model uses, grouped by touchpoint in project order, in parts
    /// of consecutive touchpoints (one per thread that indexed them; kept apart rather than
    /// copied together).
    parts: Vec<Part>,
    /// Touchpoints per part (the last may have fewer).
    touchpoints_per_part: usize,
    /// Number of touchpoints each persona uses.
    pub touchpoints_used: Vec<usize>,
    /// Index of the first touchpoint with each id (what `Project::touchpoint` finds).
    touchpoint_index: HashMap<&'a str, usize>,
}

/// One persona's experience of one touchpoint: score and effort as in the file, reach made
/// safe (0..1).
#[derive(Clone, Copy, Debug)]
pub(crate) struct PreparedExperience {
    /// Index of the persona in the project.
    pub persona: u32,
    /// Position of the touchpoint among the ones this persona uses (0, 1, 2, … in touchpoint
    /// order): where its factors go in the persona's product.
    pub position: u32,
    /// Experience score.
    pub score: f64,
    /// Effort (CES).
    pub effort: f64,
    /// Reach, 0..1.
    pub reach: f64,
}

impl<'a> PreparedProject<'a> {
    /// Indexes `project`, on several threads when it is large. A persona's experience of a
    /// touchpoint is the first one listed for its id (what `Touchpoint::experience_of`
    /// finds); experiences of unknown personas are ignored; personas sharing an id (a
    /// validation problem) each get the experiences of that id.
    pub fn new(project: &'a Project) -> Self {
        Self::with_threads(project, threads_for(project.score_count()))
    }

    /// Indexes `project` on up to `threads` threads (the result is the same for any number).
    pub fn with_threads(project: &'a Project, threads: usize) -> Self {
        let index = PersonaIndex::new(project);
        let count = project.touchpoints.len();
        let ranges = super::parallel::chunks(count, threads);
        let threads = ranges.len().max(1);
        let share = ranges.first().map_or(1, |r| r.len());
        let mut parts = map_in_parallel(&ranges, threads, |range| index.collect(project, range));
        // Positions continue where the previous parts left off.
        let mut touchpoints_used = vec![0usize; project.personas.len()];
        for part in &mut parts {
            if touchpoints_used.iter().any(|&used| used > 0) {
                for experience in &mut part.experiences {
                    let before = touchpoints_used
                        .get(experience.persona as usize)
                        .copied()
                        .unwrap_or(0);
                    experience.position += u32::try_from(before).unwrap_or(u32::MAX);
                }
            }
            for (used, more) in touchpoints_used.iter_mut().zip(&part.touchpoints_used) {
                *used += more;
            }
        }
        let mut touchpoint_index = HashMap::with_capacity(count);
        for (t, touchpoint) in project.touchpoints.iter().enumerate() {
            touchpoint_index.entry(touchpoint.id.as_str()).or_insert(t);
        }
        PreparedProject {
            project,
            parts,
            touchpoints_per_part: share,
            touchpoints_used,
            touchpoint_index,
        }
    }

    /// Every experience, in touchpoint order.
    pub fn experiences(&self) -> impl Iterator<Item = &PreparedExperience> {
        self.parts.iter().flat_map(|part| &part.experiences)
    }

    /// The number of experiences.
    pub fn experience_count(&self) -> usize {
        self.parts.iter().map(|part| part.experiences.len()).sum()
    }

    /// The experiences of touchpoint `t` (project index).
    pub fn experiences_of(&self, touchpoint: usize) -> &[PreparedExperience] {
        let part = touchpoint / self.touchpoints_per_part;
        let local = touchpoint % self.touchpoints_per_part;
        let Some(part) = self.parts.get(part) else {
            return &[];
        };
        let start = part.touchpoint_starts.get(local).copied();
        let end = part
            .touchpoint_starts
            .get(local + 1)
            .copied()
            .or(Some(part.experiences.len()));
        match (start, end) {
            (Some(start), Some(end)) => part.experiences.get(start..end).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Resolves a scenario into what it changes and costs.
    pub fn plan(&self, scenario: &Scenario) -> ScenarioPlan<'a> {
        ScenarioPlan::new(self.project, &self.touchpoint_index, scenario)
    }

    /// The plan of the project as it is: no initiatives.
    pub fn plan_without_initiatives(&self) -> ScenarioPlan<'a> {
        ScenarioPlan::default()
    }
}

/// Finding the persona an experience belongs to.
struct PersonaIndex<'a> {
    /// Index of the first persona with each id.
    first_with_id: HashMap<&'a str, usize>,
    /// For each persona, the index of the first one with its id.
    canonical: Vec<usize>,
    /// For the first persona with an id, every persona with that id.
    sharing_id: Vec<Vec<usize>>,
    /// Whether two personas share an id.
    has_shared_ids: bool,
}

/// The experiences of a range of touchpoints (positions counted from the range's start
/// until the parts are joined).
struct Part {
    experiences: Vec<PreparedExperience>,
    /// Start in `experiences` of each touchpoint of the range.
    touchpoint_starts: Vec<usize>,
    /// Experiences per persona in the range.
    touchpoints_used: Vec<usize>,
}

impl<'a> PersonaIndex<'a> {
    fn new(project: &'a Project) -> Self {
        let mut first_with_id: HashMap<&str, usize> = HashMap::new();
        let mut sharing_id: Vec<Vec<usize>> = vec![Vec::new(); project.personas.len()];
        let mut canonical = Vec::with_capacity(project.personas.len());
        for (i, persona) in project.personas.iter().enumerate() {
            let first = *first_with_id.entry(persona.id.as_str()).or_insert(i);
            canonical.push(first);
            sharing_id[first].push(i);
        }
        let has_shared_ids = canonical.iter().enumerate().any(|(i, &first)| first != i);
        PersonaIndex {
            first_with_id,
            canonical,
            sharing_id,
            has_shared_ids,
        }
    }

    /// The experiences of the touchpoints in `range`.
    fn collect(&self, project: &Project, range: &Range<usize>) -> Part {
        let personas = project.personas.len();
        let touchpoints = project.touchpoints.get(range.clone()).unwrap_or(&[]);
        let total: usize = touchpoints.iter().map(|t| t.experiences.len()).sum();
        let mut part = Part {
            experiences: Vec::with_capacity(total),
            touchpoint_starts: Vec::with_capacity(touchpoints.len()),
            touchpoints_used: vec![0; personas],
        };
        // Which touchpoint a persona last got an experience from, to keep only the first.
        let mut seen_on = vec![usize::MAX; personas];
        for (t, touchpoint) in touchpoints.iter().enumerate() {
            part.touchpoint_starts.push(part.experiences.len());
            for (j, experience) in touchpoint.experiences.iter().enumerate() {
                // Files list experiences in persona order; check that guess before hashing.
                let persona = match project.personas.get(j) {
                    Some(p) if same_id(&p.id, &experience.persona) && self.canonical[j] == j => {
                        Some(j)
                    }
                    _ => self.first_with_id.get(experience.persona.as_str()).copied(),
                };
                let Some(p) = persona else { continue };
                if seen_on[p] == t {
                    continue;
                }
                seen_on[p] = t;
                let mut push = |persona: usize| {
                    part.experiences.push(PreparedExperience {
                        persona: u32::try_from(persona).unwrap_or(u32::MAX),
                        position: u32::try_from(part.touchpoints_used[persona]).unwrap_or(u32::MAX),
                        score: experience.score,
                        effort: experience.effort,
                        reach: safe_reach(experience.reach),
                    });
                    part.touchpoints_used[persona] += 1;
                };
                if self.has_shared_ids {
                    for &member in &self.sharing_id[p] {
                        push(member);
                    }
                } else {
                    push(p);
                }
            }
        }
        part
    }
}

/// Whether two ids are equal, compared inline (ids are short; this runs for every
/// experience of a project).
fn same_id(a: &Id, b: &Id) -> bool {
    let (a, b) = (a.as_str().as_bytes(), b.as_str().as_bytes());
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// A scenario resolved against its project.
#[derive(Default)]
pub(crate) struct ScenarioPlan<'a> {
    /// The initiatives carried out: the scenario's ids that exist, each once, in its order.
    pub initiatives: Vec<&'a Initiative>,
    /// Each touchpoint an effect changes (project index, ascending) with those effects, in
    /// the order of the scenario's initiatives and then of their effects, each with the
    /// index of its initiative in `initiatives`.
    pub changes: Vec<(usize, Vec<PlannedEffect<'a>>)>,
}

/// An effect of one of a plan's initiatives.
#[derive(Clone, Copy)]
pub(crate) struct PlannedEffect<'a> {
    /// Index of its initiative in [`ScenarioPlan::initiatives`].
    pub initiative: usize,
    /// The effect.
    pub effect: &'a Effect,
}

/// How far each initiative of a plan works, period by period: the distinct sets of effect
/// fractions (phases) and which one each period of a run uses.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PhaseSchedule {
    /// Per phase, the fraction of each initiative's effects (in the plan's order). Phase 0
    /// is the project as it is (every fraction 0); phase [`full`](Self::full) has every
    /// fraction 1 (it is phase 0 when the plan has no initiatives).
    pub phases: Vec<Vec<f64>>,
    /// For each period t = 0..=horizon of a run, its phase (t = 0, the starting point, is
    /// always phase 0; period t ≥ 1 is model period t − 1 of the initiatives' timing).
    pub period_phase: Vec<usize>,
    /// The phase in which every initiative works at full strength.
    pub full: usize,
}

impl<'a> ScenarioPlan<'a> {
    fn new(
        project: &'a Project,
        touchpoint_index: &HashMap<&str, usize>,
        scenario: &Scenario,
    ) -> Self {
        let initiatives = carried_out(project, scenario);
        let mut changes: BTreeMap<usize, Vec<PlannedEffect>> = BTreeMap::new();
        for (i, initiative) in initiatives.iter().enumerate() {
            for effect in &initiative.effects {
                if let Some(&t) = touchpoint_index.get(effect.touchpoint.as_str()) {
                    changes.entry(t).or_default().push(PlannedEffect {
                        initiative: i,
                        effect,
                    });
                }
            }
        }
        ScenarioPlan {
            initiatives,
            changes: changes.into_iter().collect(),
        }
    }

    /// The initiative costs of each period t = 0..=horizon: an initiative's one-off cost in
    /// the period it starts (model period `start_period`, i.e. run period
    /// `start_period + 1`), its running cost in that period and every one after; nothing
    /// at t = 0 or before its start.
    pub fn costs_per_period(&self, horizon_periods: u32) -> Vec<f64> {
        let len = horizon_periods as usize + 1;
        let mut one_off = vec![0.0; len];
        let mut running_from = vec![0.0; len];
        for initiative in &self.initiatives {
            let first = initiative.start_period as usize + 1;
            if first < len {
                one_off[first] += finite_or(initiative.one_off_cost, 0.0);
                running_from[first] += finite_or(initiative.cost_per_period, 0.0);
            }
        }
        let mut running = 0.0;
        one_off
            .iter()
            .zip(&running_from)
            .map(|(once, starting)| {
                running += starting;
                once + running
            })
            .collect()
    }

    /// The phases of the plan over `horizon_periods` periods. Only initiatives with a
    /// later start or a ramp make phases of their own; once all of them work at full
    /// strength, every later period is in the full phase.
    pub fn phases(&self, horizon_periods: u32) -> PhaseSchedule {
        let len = horizon_periods as usize + 1;
        if self.initiatives.is_empty() {
            return PhaseSchedule {
                phases: vec![Vec::new()],
                period_phase: vec![0; len],
                full: 0,
            };
        }
        let count = self.initiatives.len();
        let mut phases = vec![vec![0.0; count], vec![1.0; count]];
        let mut period_phase = vec![1; len];
        period_phase[0] = 0;
        let timed: Vec<usize> = (0..count)
            .filter(|&i| !self.initiatives[i].at_full_effect(0))
            .collect();
        let settled = timed
            .iter()
            .map(|&i| self.initiatives[i].full_effect_period())
            .max()
            .unwrap_or(0);
        let mut known: HashMap<Vec<u64>, usize> = HashMap::new();
        let ramping = len.min(settled as usize + 2);
        for (t, slot) in period_phase.iter_mut().enumerate().take(ramping).skip(1) {
            let model_period = u32::try_from(t - 1).unwrap_or(u32::MAX);
            let fractions: Vec<f64> = (0..count)
                .map(|i| self.initiatives[i].effect_fraction(model_period))
                .collect();
            let phase = if fractions.iter().all(|&f| f == 0.0) {
                0
            } else if fractions.iter().all(|&f| f == 1.0) {
                1
            } else {
                let key = timed.iter().map(|&i| fractions[i].to_bits()).collect();
                *known.entry(key).or_insert_with(|| {
                    phases.push(fractions);
                    phases.len() - 1
                })
            };
            *slot = phase;
        }
        PhaseSchedule {
            phases,
            period_phase,
            full: 1,
        }
    }
}

/// The initiatives a scenario carries out: its ids that exist in the project, each once (a
/// repeated id counts once; validation reports it), in the scenario's order.
pub(crate) fn carried_out<'a>(project: &'a Project, scenario: &Scenario) -> Vec<&'a Initiative> {
    // Indexed by id: a scenario may list tens of thousands of initiatives, so no list is
    // scanned per entry.
    let by_id: HashMap<&Id, &Initiative> = project
        .initiatives
        .iter()
        .rev() // the first of a repeated id wins, as a scan would find it
        .map(|i| (&i.id, i))
        .collect();
    let mut seen: HashSet<&Id> = HashSet::with_capacity(scenario.initiatives.len());
    scenario
        .initiatives
        .iter()
        .filter(|id| seen.insert(*id))
        .filter_map(|id| by_id.get(id).copied())
        .collect()
}

/// The summed score and effort change of `effects` for `persona`, in their order; `None` when
/// none applies to the persona.
pub(crate) fn change_for(effects: &[&Effect], persona: &Id) -> Option<(f64, f64)> {
    let mut applies = false;
    let mut score_change = 0.0;
    let mut effort_change = 0.0;
    for effect in effects.iter().filter(|e| e.applies_to(persona)) {
        applies = true;
        score_change += finite_or(effect.score_change, 0.0);
        effort_change += finite_or(effect.effort_change, 0.0);
    }
    applies.then_some((score_change, effort_change))
}

/// [`change_for`] with each effect at its initiative's fraction (`fractions`, in the plan's
/// order): a change of x at fraction f counts f · x; an effect at fraction 0 does not apply.
/// At fraction 1 the numbers are exactly those of [`change_for`].
pub(crate) fn change_at(
    effects: &[PlannedEffect],
    fractions: &[f64],
    persona: &Id,
) -> Option<(f64, f64)> {
    let mut applies = false;
    let mut score_change = 0.0;
    let mut effort_change = 0.0;
    for planned in effects {
        let fraction = fractions.get(planned.initiative).copied().unwrap_or(1.0);
        if fraction <= 0.0 || !planned.effect.applies_to(persona) {
            continue;
        }
        applies = true;
        score_change += scaled(finite_or(planned.effect.score_change, 0.0), fraction);
        effort_change += scaled(finite_or(planned.effect.effort_change, 0.0), fraction);
    }
    applies.then_some((score_change, effort_change))
}

/// `value · fraction`, exactly `value` at fraction 1.
pub(crate) fn scaled(value: f64, fraction: f64) -> f64 {
    if fraction == 1.0 {
        value
    } else {
        value * fraction
    }
}
