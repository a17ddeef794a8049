//! Stepping one persona's customers through the chain period by period: the transitions,
//! acquisition from the prospect pool, and the money they bring.

use super::chain::{CHAIN_STATES, CustomerState, PersonaChain};
use super::today::TodayPlan;
use crate::model::{MarginTiming, Persona};
use serde::Serialize;

/// Expected numbers of people in each state (fractions: these are expected values).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct StateCounts {
    /// People in the market who are not customers.
    pub prospects: f64,
    /// Customers who became customers this period.
    pub new: f64,
    /// Passive-loyal customers.
    pub passive_loyal: f64,
    /// Active-loyal customers.
    pub active_loyal: f64,
    /// Former customers.
    pub lost: f64,
}

impl StateCounts {
    /// The starting point of a persona: its prospects; its customers split into active loyal
    /// (`active_loyal_share`, clamped into 0..1) and passive loyal; nobody new or lost.
    pub fn initial(persona: &Persona) -> Self {
        let segment = &persona.segment;
        let customers = segment.customers as f64;
        let share = if segment.active_loyal_share.is_finite() {
            segment.active_loyal_share.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let active_loyal = customers * share;
        StateCounts {
            prospects: segment.prospects as f64,
            new: 0.0,
            passive_loyal: customers - active_loyal,
            active_loyal,
            lost: 0.0,
        }
    }

    /// Paying customers: new, passive loyal and active loyal.
    pub fn paying(&self) -> f64 {
        self.new + self.passive_loyal + self.active_loyal
    }

    /// Everybody: prospects, customers and lost customers (constant over a run).
    pub fn total(&self) -> f64 {
        self.prospects + self.paying() + self.lost
    }

    /// The number in one state.
    pub fn get(&self, state: CustomerState) -> f64 {
        match state {
            CustomerState::Prospect => self.prospects,
            CustomerState::New => self.new,
            CustomerState::PassiveLoyal => self.passive_loyal,
            CustomerState::ActiveLoyal => self.active_loyal,
            CustomerState::Lost => self.lost,
        }
    }

    /// The chain states, in [`CHAIN_STATES`] order.
    pub fn in_chain(&self) -> [f64; 4] {
        CHAIN_STATES.map(|state| self.get(state))
    }

    /// Adds another persona's counts.
    pub fn add(&mut self, other: &StateCounts) {
        self.prospects += other.prospects;
        self.new += other.new;
        self.passive_loyal += other.passive_loyal;
        self.active_loyal += other.active_loyal;
        self.lost += other.lost;
    }

    /// Revenue or margin of these customers at `per_customer` (in chain order).
    pub fn value_at(&self, per_customer: &[f64; 4]) -> f64 {
        self.in_chain()
            .iter()
            .zip(per_customer)
            .map(|(count, value)| count * value)
            .sum()
    }
}

/// What happened in one period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodStep {
    /// The counts at the end of the period.
    pub end: StateCounts,
    /// Prospects who became customers (base rate plus word of mouth).
    pub acquired: f64,
    /// Lost customers won back.
    pub won_back: f64,
}

impl PeriodStep {
    /// Customers who entered the New state: acquired plus won back (N of the retention rate).
    pub fn entered_new(&self) -> f64 {
        self.acquired + self.won_back
    }
}

/// One period: the customers move by the transition matrix; delighted customers (g times the
/// paying customers at the start) tell others; prospects become customers at the base rate
/// plus the referrals, at most all prospects. New customers are in state New at the end.
/// No capacity limits this step (see [`step_within`]).
pub fn step(chain: &PersonaChain, start: &StateCounts) -> PeriodStep {
    Proposal::of(chain, start, None).finish(1.0)
}

/// [`step`] within a capacity: the customers who enter (acquired and won back) fill at
/// most the room left under `capacity` by the customers kept (passive and active loyal
/// after the transitions); both shrink by the same factor when they would not fit.
/// Prospects not acquired stay prospects, lost customers not won back stay lost. Without
/// a capacity (or one that is not a finite number) this is [`step`].
pub fn step_within(chain: &PersonaChain, start: &StateCounts, capacity: Option<f64>) -> PeriodStep {
    let proposal = Proposal::of(chain, start, None);
    let scale = proposal.scale_within(capacity);
    proposal.finish(scale)
}

/// A capacity made safe: `None` when there is none or it is not a finite number (validation
/// reports it), at least 0.
pub fn safe_capacity(capacity: Option<f64>) -> Option<f64> {
    capacity.filter(|c| c.is_finite()).map(|c| c.max(0.0))
}

/// What one period would bring before any capacity: the transitions and who wants in.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Proposal {
    /// Chain states after the transitions (New holds the won-back customers).
    to: [f64; 4],
    /// Prospects at the start.
    prospects: f64,
    /// Prospects who would become customers.
    acquired: f64,
}

impl Proposal {
    /// The period from `start`: the transitions, and the prospects who become customers.
    /// Without `base` they come at the chain's base rate of the prospects; with it, `base`
    /// of them come (a steady or trending Today's, which may be negative when word of mouth
    /// alone brings more than Today needs); word of mouth adds its referrals either way.
    pub(crate) fn of(chain: &PersonaChain, start: &StateCounts, base: Option<f64>) -> Self {
        let from = start.in_chain();
        let rows = &chain.transition.0;
        let mut to = [0.0; 4];
        for (count, row) in from.iter().zip(rows) {
            for (target, chance) in to.iter_mut().zip(row) {
                *target += count * chance;
            }
        }
        let delighted = chain.exposure.delight * start.paying();
        let base = base.unwrap_or(start.prospects * chain.base_acquisition);
        let acquired =
            (base + delighted * chain.referrals_per_delighted).clamp(0.0, start.prospects.max(0.0));
        Proposal {
            to,
            prospects: start.prospects,
            acquired,
        }
    }

    /// Customers kept: passive and active loyal after the transitions (nobody stays New).
    pub(crate) fn kept(&self) -> f64 {
        self.to[1] + self.to[2]
    }

    /// Lost customers who would be won back.
    pub(crate) fn won_back(&self) -> f64 {
        self.to[0]
    }

    /// Customers who would enter New: acquired plus won back.
    pub(crate) fn entries(&self) -> f64 {
        self.acquired + self.to[0]
    }

    /// The share of the entries that fits under `capacity` (1 without one).
    pub(crate) fn scale_within(&self, capacity: Option<f64>) -> f64 {
        match safe_capacity(capacity) {
            Some(capacity) => fitting(self.entries(), capacity - self.kept()),
            None => 1.0,
        }
    }

    /// The period with a share `scale` (0..1) of the entries let in.
    pub(crate) fn finish(self, scale: f64) -> PeriodStep {
        let Proposal {
            to,
            prospects,
            acquired,
        } = self;
        let (acquired, won_back, lost) = if scale >= 1.0 {
            (acquired, to[0], to[3])
        } else {
            let won_back = to[0] * scale;
            (acquired * scale, won_back, to[3] + (to[0] - won_back))
        };
        PeriodStep {
            end: StateCounts {
                prospects: prospects - acquired,
                new: won_back + acquired,
                passive_loyal: to[1],
                active_loyal: to[2],
                lost,
            },
            acquired,
            won_back,
        }
    }
}

/// The share of `wanted` that fits in `room` (1 when all of it fits; 0 when there is no
/// room).
pub(crate) fn fitting(wanted: f64, room: f64) -> f64 {
    let room = room.max(0.0);
    if wanted > room { room / wanted } else { 1.0 }
}

/// Capacities of one run: the project's and each persona's (made safe).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Capacities {
    /// All personas together.
    pub project: Option<f64>,
    /// Per persona, in the project's order.
    pub personas: Vec<Option<f64>>,
}

impl Capacities {
    pub(crate) fn of(project: &crate::model::Project) -> Self {
        Capacities {
            project: safe_capacity(project.settings.capacity),
            personas: project
                .personas
                .iter()
                .map(|p| safe_capacity(p.capacity))
                .collect(),
        }
    }
}

/// One period of every persona together (`chains[p]` from `starts[p]`), within the
/// capacities. **The capacity rule**: first each persona's entries (acquired and won back)
/// are cut to the room under its own capacity, max(0, capacity − kept), kept being its
/// passive- and active-loyal customers after the transitions; then, when the project has a
/// capacity and the personas' entries together exceed the room under it, each persona's
/// entries are cut by the same factor, so the room is shared in proportion to what each
/// would bring in. So no capacity is ever exceeded by new customers: the customers at the
/// end of a period are at most the larger of the capacity and the customers kept.
/// `bases[p]`, when given, is persona p's base of new customers in the period (see
/// [`Proposal::of`]).
pub(crate) fn step_all(
    chains: &[&PersonaChain],
    starts: &[StateCounts],
    bases: &[Option<f64>],
    capacities: &Capacities,
    steps: &mut Vec<PeriodStep>,
) {
    steps.clear();
    let proposals = chains
        .iter()
        .zip(starts)
        .enumerate()
        .map(|(p, (chain, start))| Proposal::of(chain, start, bases.get(p).copied().flatten()));
    let Some(project_capacity) = capacities.project else {
        steps.extend(proposals.enumerate().map(|(p, proposal)| {
            let own = capacities.personas.get(p).copied().flatten();
            proposal.finish(proposal.scale_within(own))
        }));
        return;
    };
    let proposals: Vec<(Proposal, f64)> = proposals
        .enumerate()
        .map(|(p, proposal)| {
            let own = capacities.personas.get(p).copied().flatten();
            (proposal, proposal.scale_within(own))
        })
        .collect();
    let kept: f64 = proposals.iter().map(|(p, _)| p.kept()).sum();
    let entries: f64 = proposals.iter().map(|(p, scale)| p.entries() * scale).sum();
    let shared = fitting(entries, project_capacity - kept);
    steps.extend(proposals.into_iter().map(|(proposal, scale)| {
        proposal.finish(if shared < 1.0 { scale * shared } else { scale })
    }));
}

/// One persona in one period of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct PersonaPeriod {
    /// People by state at the end of the period (at t = 0: the initial state).
    pub customers: StateCounts,
    /// Customers who entered the New state in the period (0 at t = 0).
    pub entered_new: f64,
    /// Revenue of the period, undiscounted, in the project currency (0 at t = 0).
    pub revenue: f64,
    /// Margin of the period, undiscounted, in the project currency (0 at t = 0).
    pub margin: f64,
}

/// Steps `start` through `horizon_periods` periods of `chain`; one entry per period
/// t = 0..=horizon (t = 0 is the start). A period's money comes from the customers at its
/// end ([`MarginTiming::EndOfPeriod`]) or at its start ([`MarginTiming::StartOfPeriod`]).
pub fn simulate_persona(
    chain: &PersonaChain,
    start: StateCounts,
    horizon_periods: u32,
    timing: MarginTiming,
) -> Vec<PersonaPeriod> {
    let mut periods = Vec::with_capacity(horizon_periods as usize + 1);
    periods.push(PersonaPeriod {
        customers: start,
        ..PersonaPeriod::default()
    });
    let mut current = start;
    for _ in 0..horizon_periods {
        let next = step(chain, &current);
        let paid_by = match timing {
            MarginTiming::EndOfPeriod => &next.end,
            MarginTiming::StartOfPeriod => &current,
        };
        periods.push(PersonaPeriod {
            customers: next.end,
            entered_new: next.entered_new(),
            revenue: paid_by.value_at(&chain.revenue_per_customer),
            margin: paid_by.value_at(&chain.margin_per_customer),
        });
        current = next.end;
    }
    periods
}

/// Steps every persona of a run together, period by period, within `capacities`:
/// `chains[phase][p]` is persona p's chain in a phase and `period_phase[t]` the phase of
/// period t (t = 1..=horizon; entry 0 is not used). One list per persona, t = 0..=horizon,
/// as [`simulate_persona`] gives it; without capacities and with one phase they are equal.
/// With `today`, each persona's new customers come from Today's plan instead of the base
/// rate (see [`TodayPlan`]).
pub(crate) fn simulate_together(
    chains: &[Option<Vec<PersonaChain>>],
    period_phase: &[usize],
    starts: Vec<StateCounts>,
    today: Option<&TodayPlan>,
    capacities: &Capacities,
    timing: MarginTiming,
) -> Vec<Vec<PersonaPeriod>> {
    let horizon = period_phase.len().saturating_sub(1);
    let mut periods: Vec<Vec<PersonaPeriod>> = starts
        .iter()
        .map(|&start| {
            let mut list = Vec::with_capacity(horizon + 1);
            list.push(PersonaPeriod {
                customers: start,
                ..PersonaPeriod::default()
            });
            list
        })
        .collect();
    let mut current = starts;
    let mut steps = Vec::with_capacity(current.len());
    let mut phase_chains: Vec<&PersonaChain> = Vec::with_capacity(current.len());
    let mut bases: Vec<Option<f64>> = vec![None; current.len()];
    for (t, &phase) in period_phase.iter().enumerate().skip(1) {
        let Some(Some(chains)) = chains.get(phase) else {
            continue;
        };
        phase_chains.clear();
        phase_chains.extend(chains.iter());
        if let Some(today) = today {
            for (p, (base, (chain, now))) in bases
                .iter_mut()
                .zip(phase_chains.iter().zip(&current))
                .enumerate()
            {
                *base = today.base_for(p, t, chain.base_acquisition, now.prospects);
            }
        }
        step_all(&phase_chains, &current, &bases, capacities, &mut steps);
        for (((next, now), chain), list) in steps
            .iter()
            .zip(current.iter_mut())
            .zip(&phase_chains)
            .zip(periods.iter_mut())
        {
            let paid_by = match timing {
                MarginTiming::EndOfPeriod => &next.end,
                MarginTiming::StartOfPeriod => &*now,
            };
            list.push(PersonaPeriod {
                customers: next.end,
                entered_new: next.entered_new(),
                revenue: paid_by.value_at(&chain.revenue_per_customer),
                margin: paid_by.value_at(&chain.margin_per_customer),
            });
            *now = next.end;
        }
    }
    periods
}

/// The factor that brings money of period `t` to present value at discount rate `d` per
/// period: 1 / (1 + d)^t when it is counted at the end of the period, 1 / (1 + d)^(t − 1)
/// at its start. Period 0 carries no money; its factor is 1.
pub fn discount_factor(period: u32, discount_rate: f64, timing: MarginTiming) -> f64 {
    let exponent = match timing {
        MarginTiming::EndOfPeriod => period,
        MarginTiming::StartOfPeriod => period.saturating_sub(1),
    };
    let exponent = i32::try_from(exponent).unwrap_or(i32::MAX);
    1.0 / (1.0 + discount_rate).powi(exponent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::chance::Exposure;
    use crate::engine::params::Params;
    use crate::model::Period;

    #[test]
    fn a_step_conserves_people_and_counts_entries() {
        let params = Params::defaults();
        let rates = params.per_period(Period::Month);
        let exposure = Exposure {
            negative: 0.2,
            delight: 0.3,
        };
        let chain = PersonaChain::new(&Persona::default(), &params, &rates, exposure);
        let start = StateCounts {
            prospects: 10_000.0,
            new: 50.0,
            passive_loyal: 700.0,
            active_loyal: 300.0,
            lost: 100.0,
        };
        let next = step(&chain, &start);
        assert!((next.end.total() - start.total()).abs() < 1e-9);
        assert!((next.won_back - 100.0 * 0.01).abs() < 1e-12);
        let referrals = 0.3 * 1050.0 * 0.72 * 6.0 * 0.02;
        assert!((next.acquired - (10_000.0 * 0.005 + referrals)).abs() < 1e-9);
        assert!((next.end.new - next.entered_new()).abs() < 1e-12);
    }

    #[test]
    fn acquisition_never_exceeds_the_prospects() {
        let params = Params::defaults().with(crate::model::AssumptionKey::PeopleTold, 1000.0);
        let rates = params.per_period(Period::Month);
        let exposure = Exposure {
            negative: 0.0,
            delight: 1.0,
        };
        let chain = PersonaChain::new(&Persona::default(), &params, &rates, exposure);
        let start = StateCounts {
            prospects: 10.0,
            passive_loyal: 1000.0,
            ..StateCounts::default()
        };
        let next = step(&chain, &start);
        assert_eq!(next.acquired, 10.0);
        assert_eq!(next.end.prospects, 0.0);
    }

    #[test]
    fn discounting_follows_the_margin_timing() {
        assert_eq!(discount_factor(0, 0.1, MarginTiming::EndOfPeriod), 1.0);
        assert!((discount_factor(2, 0.1, MarginTiming::EndOfPeriod) - 1.0 / 1.21).abs() < 1e-15);
        assert!((discount_factor(2, 0.1, MarginTiming::StartOfPeriod) - 1.0 / 1.1).abs() < 1e-15);
        assert_eq!(discount_factor(1, 0.1, MarginTiming::StartOfPeriod), 1.0);
    }
}
