//! Stepping one persona's customers through the chain period by period: the transitions,
//! acquisition from the prospect pool, and the money they bring.

use super::chain::{CHAIN_STATES, CustomerState, PersonaChain};
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
pub fn step(chain: &PersonaChain, start: &StateCounts) -> PeriodStep {
    let from = start.in_chain();
    let rows = &chain.transition.0;
    let mut to = [0.0; 4];
    for (count, row) in from.iter().zip(rows) {
        for (target, chance) in to.iter_mut().zip(row) {
            *target += count * chance;
        }
    }
    let delighted = chain.exposure.delight * start.paying();
    let acquired = (start.prospects * chain.base_acquisition
        + delighted * chain.referrals_per_delighted)
        .clamp(0.0, start.prospects.max(0.0));
    let won_back = to[0];
    PeriodStep {
        end: StateCounts {
            prospects: start.prospects - acquired,
            new: won_back + acquired,
            passive_loyal: to[1],
            active_loyal: to[2],
            lost: to[3],
        },
        acquired,
        won_back,
    }
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
