//! The loyalty scenario engine: closed-form CLV against the simulation and the textbook,
//! survey metrics by hand, model properties (proptest), the fast path against the plain
//! reference, Monte Carlo reproducibility, the tornado and the report's JSON.

use cx_workbench::engine::{self, metrics, monte_carlo, reference, report, tornado};
use cx_workbench::engine::{
    Clv, CustomerState, ScenarioRun, StateCounts, clv_closed_form, discount_factor,
    simulate_persona,
};
use cx_workbench::i18n::Lang;
use cx_workbench::model::generate::{self, Size};
use cx_workbench::model::{
    AssumptionKey, AssumptionOverride, CartCounts, Effect, Experience, Id, Initiative,
    MarginTiming, NpsCounts, Period, Persona, Project, RetentionCounts, Scenario, Segment,
    SurveyWave, TodayBasis, Touchpoint, validate,
};
use proptest::prelude::*;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicBool, AtomicUsize};

// ---------------------------------------------------------------------------------------
// Projects to test on
// ---------------------------------------------------------------------------------------

fn set_assumption(project: &mut Project, key: AssumptionKey, value: f64) {
    if let Some(row) = project.assumptions.iter_mut().find(|a| a.key == key) {
        row.value = value;
        row.low = row.low.min(value);
        row.high = row.high.max(value);
    }
}

fn experience(persona: &str, score: f64, effort: f64, reach: f64) -> Experience {
    Experience {
        persona: Id::from(persona),
        score,
        effort,
        reach,
        reach_is_default: false,
    }
}

fn touchpoint(id: &str, experiences: Vec<Experience>) -> Touchpoint {
    Touchpoint {
        id: Id::from(id),
        name: id.to_string(),
        stage: Id::from("s-purchase"),
        experiences,
        ..Touchpoint::default()
    }
}

fn effect(touchpoint: &str, personas: &[&str], score_change: f64, effort_change: f64) -> Effect {
    Effect {
        touchpoint: Id::from(touchpoint),
        personas: personas.iter().map(|p| Id::from(*p)).collect(),
        score_change,
        effort_change,
    }
}

/// A small shop: two personas, five touchpoints (one painful checkout), three initiatives,
/// three scenarios and a survey wave.
fn shop() -> Project {
    let mut project = Project::new("Test shop", Lang::En);
    let mut anna = Persona {
        id: Id::from("p-anna"),
        name: "Anna".into(),
        segment: Segment {
            customers: 2000,
            prospects: 20_000,
            active_loyal_share: 0.25,
            spend_per_period: 60.0,
            is_default: false,
        },
        ..Persona::default()
    };
    anna.value.expectation.score = 7.5;
    anna.value.perception.score = 6.0;
    let mut ben = Persona {
        id: Id::from("p-ben"),
        name: "Ben".into(),
        segment: Segment {
            customers: 800,
            prospects: 5000,
            active_loyal_share: 0.4,
            spend_per_period: 120.0,
            is_default: false,
        },
        ..Persona::default()
    };
    ben.value.expectation.score = 6.0;
    ben.value.perception.score = 7.0;
    project.personas = vec![anna, ben];
    project.touchpoints = vec![
        touchpoint(
            "tp-search",
            vec![
                experience("p-anna", 1.0, 5.0, 0.8),
                experience("p-ben", 2.0, 6.0, 0.6),
            ],
        ),
        touchpoint(
            "tp-checkout",
            vec![
                experience("p-anna", -3.5, 2.0, 0.5),
                experience("p-ben", -2.0, 3.0, 0.4),
            ],
        ),
        touchpoint(
            "tp-delivery",
            vec![
                experience("p-ben", 3.5, 6.0, 0.4),
                experience("p-anna", 2.5, 5.0, 0.5),
            ],
        ),
        touchpoint("tp-service", vec![experience("p-anna", -1.0, 3.0, 0.2)]),
        touchpoint("tp-review", vec![experience("p-ben", 4.0, 7.0, 0.3)]),
    ];
    project.initiatives = vec![
        Initiative {
            id: Id::from("i-checkout"),
            name: "Fix the checkout".into(),
            one_off_cost: 40_000.0,
            cost_per_period: 500.0,
            effects: vec![
                effect("tp-checkout", &[], 3.0, 2.0),
                effect("tp-service", &["p-anna"], 1.0, 0.0),
            ],
            ..Initiative::default()
        },
        Initiative {
            id: Id::from("i-surprise"),
            name: "Surprise in the parcel".into(),
            one_off_cost: 5000.0,
            cost_per_period: 1500.0,
            effects: vec![effect("tp-delivery", &["p-ben"], 1.5, 0.0)],
            ..Initiative::default()
        },
        Initiative {
            id: Id::from("i-free"),
            name: "Friendlier wording".into(),
            effects: vec![effect("tp-search", &[], 0.5, 0.0)],
            ..Initiative::default()
        },
    ];
    project.scenarios = vec![
        Scenario {
            id: Id::from("sc-checkout"),
            name: "Checkout".into(),
            initiatives: vec![Id::from("i-checkout")],
            horizon_periods: 36,
            ..Scenario::default()
        },
        Scenario {
            id: Id::from("sc-all"),
            name: "Everything".into(),
            initiatives: vec![
                Id::from("i-checkout"),
                Id::from("i-surprise"),
                Id::from("i-free"),
            ],
            horizon_periods: 48,
            overrides: vec![AssumptionOverride {
                key: AssumptionKey::ChurnAfterNegative,
                value: 0.6,
            }],
            ..Scenario::default()
        },
        Scenario {
            id: Id::from("sc-free"),
            name: "Free wording".into(),
            initiatives: vec![Id::from("i-free")],
            horizon_periods: 24,
            ..Scenario::default()
        },
    ];
    project.surveys = vec![SurveyWave {
        id: Id::from("sv-q3"),
        label: "Q3".into(),
        nps: Some(NpsCounts {
            promoters: 90,
            passives: 60,
            detractors: 50,
        }),
        ces_responses: vec![0, 0, 10, 20, 30, 25, 15],
        csat_responses: vec![5, 5, 10, 40, 40],
        retention: Some(RetentionCounts {
            customers_start: 1000,
            customers_end: 1050,
            new_customers: 200,
        }),
        carts: Some(CartCounts {
            carts: 200,
            orders: 60,
        }),
        ..SurveyWave::default()
    }];
    assert_eq!(validate(&project), Vec::new());
    project
}

fn small_generated(touchpoints: usize) -> Project {
    generate::project(Size {
        personas: 4,
        touchpoints,
        scores_per_touchpoint: 4,
        initiatives: 6,
        scenarios: 4,
    })
}

fn relative_error(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(1e-300)
}

// ---------------------------------------------------------------------------------------
// CLV
// ---------------------------------------------------------------------------------------

/// The present value of one customer starting in `state`, from the simulation.
fn simulated_value(
    run: &ScenarioRun,
    persona: usize,
    state: CustomerState,
    timing: MarginTiming,
) -> f64 {
    let chain = run.personas[persona].chain.clone().without_acquisition();
    let mut start = StateCounts::default();
    match state {
        CustomerState::New => start.new = 1.0,
        CustomerState::PassiveLoyal => start.passive_loyal = 1.0,
        CustomerState::ActiveLoyal => start.active_loyal = 1.0,
        _ => {}
    }
    simulate_persona(&chain, start, 12_000, timing)
        .iter()
        .enumerate()
        .map(|(t, p)| p.margin * discount_factor(t as u32, run.discount_rate_per_period, timing))
        .sum()
}

#[test]
fn closed_form_clv_equals_the_long_simulated_sum() {
    for timing in [MarginTiming::EndOfPeriod, MarginTiming::StartOfPeriod] {
        let mut project = shop();
        project.settings.margin_timing = timing;
        let comparison = engine::compare(&project);
        for run in std::iter::once(&comparison.baseline).chain(&comparison.scenarios) {
            for (i, persona) in run.personas.iter().enumerate() {
                let clv = persona.clv.unwrap_or_else(|| panic!("finite CLV"));
                for (state, closed) in [
                    (CustomerState::New, clv.new),
                    (CustomerState::PassiveLoyal, clv.passive_loyal),
                    (CustomerState::ActiveLoyal, clv.active_loyal),
                ] {
                    let simulated = simulated_value(run, i, state, timing);
                    let error = relative_error(closed, simulated);
                    assert!(
                        error < 1e-9,
                        "{timing:?} {} {state:?}: closed {closed} simulated {simulated}",
                        persona.persona
                    );
                }
            }
        }
    }
}

/// Period Year, no touchpoints (n = g = 0), yearly switching 0.2, no win-back, margin on
/// spend 100, 10 % discount, no value gap.
fn textbook_project(timing: MarginTiming) -> Project {
    let mut project = Project::new("Textbook", Lang::En);
    project.settings.period = Period::Year;
    project.settings.margin_timing = timing;
    let monthly = 1.0 - 0.8f64.powf(1.0 / 12.0);
    set_assumption(&mut project, AssumptionKey::PassiveSwitching, monthly);
    set_assumption(&mut project, AssumptionKey::WinBack, 0.0);
    set_assumption(&mut project, AssumptionKey::GrossMargin, 0.4);
    set_assumption(&mut project, AssumptionKey::DiscountRateYear, 0.10);
    let mut persona = Persona {
        id: Id::from("p-text"),
        name: "Textbook".into(),
        segment: Segment {
            customers: 1000,
            prospects: 0,
            active_loyal_share: 0.0,
            spend_per_period: 250.0,
            is_default: false,
        },
        ..Persona::default()
    };
    persona.value.expectation.score = 6.0;
    persona.value.perception.score = 6.0;
    project.personas.push(persona);
    project
}

#[test]
fn the_full_model_reduces_to_the_textbook_clv() {
    let (m, r, d): (f64, f64, f64) = (100.0, 0.8, 0.10);
    for (timing, expected, printed) in [
        (MarginTiming::EndOfPeriod, m * r / (1.0 + d - r), 266.67),
        (
            MarginTiming::StartOfPeriod,
            m * (1.0 + d) / (1.0 + d - r),
            366.67,
        ),
    ] {
        assert!((expected - printed).abs() < 0.005);
        let run = engine::run_baseline(&textbook_project(timing));
        let persona = &run.personas[0];
        assert_eq!(persona.chain.exposure.negative, 0.0);
        assert_eq!(persona.chain.exposure.delight, 0.0);
        let clv = persona.clv.map_or(f64::NAN, |c| c.new);
        assert!(
            relative_error(clv, expected) < 1e-9,
            "{timing:?}: {clv} vs {expected}"
        );
        // The passive customers retain at r each year: retention rate 0.8.
        let retention = run.periods[1].retention_rate.unwrap_or(f64::NAN);
        assert!((retention - r).abs() < 1e-12, "{retention}");
    }
}

#[test]
fn clv_closed_form_on_a_two_state_chain() {
    let p = vec![vec![0.8, 0.2], vec![0.0, 1.0]];
    let r = [100.0, 0.0];
    let end = clv_closed_form(&p, &r, 0.1, MarginTiming::EndOfPeriod).unwrap_or_default();
    assert!(relative_error(end[0], 800.0 / 3.0) < 1e-12, "{end:?}");
    let start = clv_closed_form(&p, &r, 0.1, MarginTiming::StartOfPeriod).unwrap_or_default();
    assert!(relative_error(start[0], 1100.0 / 3.0) < 1e-12, "{start:?}");
    assert_eq!(
        clv_closed_form(&p, &[1.0], 0.1, MarginTiming::EndOfPeriod),
        None
    );
}

#[test]
fn better_touchpoints_raise_clv_and_active_loyalty() {
    let project = shop();
    let comparison = engine::compare(&project);
    let base = &comparison.baseline;
    let checkout = &comparison.scenarios[0];
    for (b, s) in base.personas.iter().zip(&checkout.personas) {
        let (Some(b_clv), Some(s_clv)) = (b.clv, s.clv) else {
            panic!("finite CLV");
        };
        assert!(s_clv.new > b_clv.new, "{}", b.persona);
        assert!(s.chain.exposure.negative < b.chain.exposure.negative);
    }
    let last = |run: &ScenarioRun| run.periods[36].customers.active_loyal;
    assert!(last(checkout) > last(base));
}

// ---------------------------------------------------------------------------------------
// Money, payback, outputs
// ---------------------------------------------------------------------------------------

#[test]
fn runs_have_one_entry_per_period_and_no_money_at_the_start() {
    let comparison = engine::compare(&shop());
    assert_eq!(comparison.baseline.horizon_periods, 48, "longest scenario");
    for run in std::iter::once(&comparison.baseline).chain(&comparison.scenarios) {
        assert_eq!(run.periods.len(), run.horizon_periods as usize + 1);
        let start = &run.periods[0];
        assert_eq!(
            (
                start.revenue,
                start.margin,
                start.costs,
                start.cumulative_profit_pv
            ),
            (0.0, 0.0, 0.0, 0.0)
        );
        assert_eq!(start.retention_rate, None);
        // At t = 0 every run starts from the same customers and the same NPS.
        assert_eq!(start.customers, comparison.baseline.periods[0].customers);
        for persona in &run.personas {
            assert_eq!(persona.periods.len(), run.periods.len());
        }
    }
}

#[test]
fn costs_come_in_period_one_and_every_period() {
    // An initiative with the default start (period 0) starts in the run's first period.
    let project = shop();
    let run = engine::run_scenario(&project, &project.scenarios[0]);
    assert_eq!(run.periods[1].costs, 40_500.0);
    assert_eq!(run.periods[2].costs, 500.0);
    assert_eq!(run.periods[36].costs, 500.0);
    let d = run.discount_rate_per_period;
    let p2 = &run.periods[2];
    assert!((p2.discounted_profit - p2.profit / (1.0 + d).powi(2)).abs() < 1e-9);
    let sum: f64 = run.periods.iter().map(|p| p.discounted_profit).sum();
    assert!(relative_error(run.periods[36].cumulative_profit_pv, sum) < 1e-12);
}

#[test]
fn payback_is_found_and_free_or_empty_scenarios_pay_back_at_once() {
    let project = shop();
    let comparison = engine::compare(&project);
    assert_eq!(comparison.baseline.payback_period, Some(0));
    let checkout = comparison.scenarios[0].payback_period;
    assert!(
        matches!(checkout, Some(p) if p > 0 && p <= 36),
        "{checkout:?}"
    );
    assert_eq!(
        comparison.scenarios[2].payback_period,
        Some(0),
        "costs nothing, helps"
    );

    let mut costly = project.clone();
    costly.initiatives[0].effects.clear();
    let run = engine::run_scenario(&costly, &costly.scenarios[0]);
    assert_eq!(
        run.payback_period, None,
        "costs without effects never pay back"
    );
}

#[test]
fn nps_estimate_follows_the_documented_formula() {
    let project = shop();
    let run = engine::run_scenario(&project, &project.scenarios[0]);
    let recommend = project.assumption_value(AssumptionKey::RecommendShare);
    let t = 12;
    let (mut promoters, mut detractors, mut customers) = (0.0, 0.0, 0.0);
    for persona in &run.personas {
        let c = persona.periods[t].customers;
        let e = persona.chain.exposure;
        // A customer with both a negative and a delighting experience is a detractor only.
        promoters += recommend
            * (1.0 - e.negative)
            * (c.active_loyal + e.delight * (c.new + c.passive_loyal));
        detractors += e.negative * c.paying();
        customers += c.paying();
    }
    let expected = 100.0 * (promoters - detractors) / customers;
    let nps = run.periods[t].nps_estimate.unwrap_or(f64::NAN);
    assert!((nps - expected).abs() < 1e-9, "{nps} vs {expected}");
    assert!((-100.0..=100.0).contains(&nps));
}

#[test]
fn nps_estimate_by_hand_counts_both_experiences_once() {
    let counts = StateCounts {
        prospects: 500.0,
        new: 10.0,
        passive_loyal: 50.0,
        active_loyal: 40.0,
        lost: 30.0,
    };
    let exposure = engine::Exposure {
        negative: 0.2,
        delight: 0.5,
    };
    let (promoters, detractors) = engine::nps_parts(&counts, &exposure, 0.8);
    // Promoters: 0.8 · (1 − 0.2) · (40 + 0.5 · 60) = 44.8; detractors: 0.2 · 100 = 20.
    assert!((promoters - 44.8).abs() < 1e-12, "{promoters}");
    assert!((detractors - 20.0).abs() < 1e-12, "{detractors}");
    // Before the fix the 0.2 · 0.5 who had both were promoters and detractors at once:
    // 0.8 · 70 = 56 promoters. Everyone delighted and everyone let down: all detractors.
    let worst = engine::nps_parts(
        &counts,
        &engine::Exposure {
            negative: 1.0,
            delight: 1.0,
        },
        1.0,
    );
    assert_eq!(worst, (0.0, 100.0));
}

#[test]
fn bad_data_gives_numbers_not_panics_with_capacity_and_timing() {
    let mut project = shop();
    project.settings.capacity = Some(f64::NAN);
    project.settings.fixed_costs_per_period = Some(f64::INFINITY);
    project.personas[0].capacity = Some(-5.0);
    project.initiatives[0].start_period = u32::MAX;
    project.initiatives[1].ramp_periods = u32::MAX;
    let comparison = engine::compare(&project);
    for run in std::iter::once(&comparison.baseline).chain(&comparison.scenarios) {
        for p in &run.periods {
            assert!(p.cumulative_profit_pv.is_finite() && p.customers.total().is_finite());
            assert_eq!(
                p.fixed_costs, 0.0,
                "a fixed cost that is not a number counts as none"
            );
        }
        // Capacity 0 for Anna: she gains nobody.
        let anna = &run.personas[0];
        for w in anna.periods.windows(2) {
            assert!(w[1].customers.paying() <= w[0].customers.paying() + 1e-9);
        }
    }
    for scenario in &project.scenarios {
        assert_eq!(
            reference::run_scenario(&project, scenario),
            engine::run_scenario(&project, scenario)
        );
    }
}

#[test]
fn bad_data_gives_numbers_not_panics() {
    let mut project = shop();
    project.personas[0].segment.spend_per_period = f64::NAN;
    project.personas[1].segment.active_loyal_share = 7.0;
    project.personas.push(project.personas[0].clone()); // duplicate id
    project.touchpoints[0].experiences[0].score = f64::INFINITY;
    project.touchpoints[1].experiences[1].reach = -3.0;
    project.touchpoints[2]
        .experiences
        .push(experience("p-nobody", 1.0, 4.0, 0.5));
    project.initiatives[0]
        .effects
        .push(effect("tp-missing", &[], 2.0, 0.0));
    project.initiatives[0].one_off_cost = f64::NAN;
    project.scenarios[0].initiatives.push(Id::from("i-missing"));
    project.scenarios[0].horizon_periods = 1_000_000;
    project.assumptions[0].value = f64::NAN;
    let comparison = engine::compare(&project);
    assert_eq!(comparison.scenarios[0].horizon_periods, 600);
    for run in std::iter::once(&comparison.baseline).chain(&comparison.scenarios) {
        for p in &run.periods {
            assert!(p.cumulative_profit_pv.is_finite() && p.customers.total().is_finite());
        }
    }
    let reference = reference::run_scenario(&project, &project.scenarios[0]);
    assert_eq!(reference, comparison.scenarios[0]);
}

// ---------------------------------------------------------------------------------------
// Capacity, phasing in, fixed costs
// ---------------------------------------------------------------------------------------

/// The shop with fast acquisition: many prospects, so growth has to be bounded.
fn growing_shop() -> Project {
    let mut project = shop();
    project.settings.today = TodayBasis::Rate {
        calibrated_to: None,
    };
    set_assumption(&mut project, AssumptionKey::BaseAcquisition, 0.05);
    set_assumption(&mut project, AssumptionKey::ChurnAfterNegative, 0.2);
    set_assumption(&mut project, AssumptionKey::PassiveSwitching, 0.01);
    project
}

#[test]
fn capacity_bounds_growth_that_would_run_away() {
    let project = growing_shop();
    let free = engine::compare(&project);
    let start = free.baseline.periods[0].customers.paying();
    let end = |run: &ScenarioRun| run.periods.last().map_or(0.0, |p| p.customers.paying());
    let least_growth = std::iter::once(&free.baseline)
        .chain(&free.scenarios)
        .map(end)
        .fold(f64::INFINITY, f64::min);
    assert!(least_growth > start, "every run grows without a capacity");

    let mut bounded = project.clone();
    // Halfway to where the slowest-growing run would get.
    let capacity = start + 0.5 * (least_growth - start);
    bounded.settings.capacity = Some(capacity);
    bounded.personas[1].capacity = Some(900.0);
    let comparison = engine::compare(&bounded);
    for run in std::iter::once(&comparison.baseline).chain(&comparison.scenarios) {
        for p in &run.periods {
            assert!(
                p.customers.paying() <= capacity * (1.0 + 1e-12),
                "{}",
                p.period
            );
            // People are neither made nor lost: prospects not let in stay prospects.
            let total = run.periods[0].customers.total();
            assert!((p.customers.total() - total).abs() < 1e-6 * total);
        }
        for p in &run.personas[1].periods {
            assert!(p.customers.paying() <= 900.0 * (1.0 + 1e-12));
        }
        // The capacity is reached: the bound is what stops the growth.
        assert!(end(run) > 0.99 * capacity, "{}: {}", run.name, end(run));
    }
    // Once full, the room that leaving customers make is filled again.
    let last = comparison.baseline.periods.last().expect("periods");
    assert!(last.entered_new > 0.0);
    assert_eq!(
        comparison.baseline.periods[0].customers,
        free.baseline.periods[0].customers
    );
}

#[test]
fn the_project_capacity_is_shared_in_proportion_to_what_each_persona_would_bring() {
    let mut project = growing_shop();
    let customers: f64 = project
        .personas
        .iter()
        .map(|p| p.segment.customers as f64)
        .sum();
    project.settings.capacity = Some(customers);
    let run = engine::run_baseline(&project);
    let free = engine::run_baseline(&growing_shop());
    // Period 1: each persona gets the same share of what it would have let in.
    let entered = |run: &ScenarioRun, p: usize| run.personas[p].periods[1].entered_new;
    let share_anna = entered(&run, 0) / entered(&free, 0);
    let share_ben = entered(&run, 1) / entered(&free, 1);
    assert!(share_anna < 1.0);
    assert!(
        (share_anna - share_ben).abs() < 1e-12,
        "{share_anna} {share_ben}"
    );
    let paying = run.periods[1].customers.paying();
    assert!(
        (paying - customers).abs() < 1e-9 * customers,
        "exactly full: {paying}"
    );
}

/// Random projects with random capacities (some below the starting customers), random
/// acquisition and an initiative that may start late and ramp.
fn capacity_project() -> impl Strategy<Value = Project> {
    (
        arbitrary_project(),
        prop::option::of(0.5..=2.0f64),
        prop::collection::vec(prop::option::of(0.5..=2.0f64), 3),
        (0.0..=0.05f64, 1.0..=20.0f64),
        (0u32..10, 0u32..8),
    )
        .prop_map(|(mut project, total, own, (base, told), (start, ramp))| {
            let customers: f64 = project
                .personas
                .iter()
                .map(|p| p.segment.customers as f64)
                .sum();
            project.settings.capacity = total.map(|f| f * customers);
            for (persona, f) in project.personas.iter_mut().zip(own) {
                persona.capacity = f.map(|f| f * persona.segment.customers as f64);
            }
            set_assumption(&mut project, AssumptionKey::BaseAcquisition, base);
            set_assumption(&mut project, AssumptionKey::PeopleTold, told);
            project.initiatives[0].start_period = start;
            project.initiatives[0].ramp_periods = ramp;
            project
        })
}

/// Customers stay within `capacity`: never above it once within it, and never growing
/// while above it (a project may start above its capacity).
fn within(paying: &[f64], capacity: f64) -> Result<(), TestCaseError> {
    let slack = 1e-9 * capacity.max(1.0);
    for (t, w) in paying.windows(2).enumerate() {
        prop_assert!(
            w[1] <= capacity.max(w[0]) + slack,
            "period {}: {} after {} with capacity {}",
            t + 1,
            w[1],
            w[0],
            capacity
        );
        if w[0] <= capacity + slack {
            prop_assert!(w[1] <= capacity + slack);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn capacity_is_never_exceeded(project in capacity_project()) {
        let comparison = engine::compare(&project);
        for run in std::iter::once(&comparison.baseline).chain(&comparison.scenarios) {
            if let Some(capacity) = project.settings.capacity {
                let paying: Vec<f64> = run.periods.iter().map(|p| p.customers.paying()).collect();
                within(&paying, capacity)?;
            }
            for (persona, result) in project.personas.iter().zip(&run.personas) {
                if let Some(capacity) = persona.capacity {
                    let paying: Vec<f64> =
                        result.periods.iter().map(|p| p.customers.paying()).collect();
                    within(&paying, capacity)?;
                }
                for p in &result.periods {
                    prop_assert!(p.customers.prospects >= -1e-9 && p.customers.lost >= -1e-9);
                }
            }
        }
        let fast = engine::run_scenario(&project, &project.scenarios[0]);
        prop_assert_eq!(reference::run_scenario(&project, &project.scenarios[0]), fast);
    }

    #[test]
    fn the_nps_estimate_stays_within_its_bounds(
        counts in (0.0..1e6f64, 0.0..1e6f64, 0.0..1e6f64),
        negative in 0.0..=1.0f64,
        delight in 0.0..=1.0f64,
        recommend in 0.0..=1.0f64,
    ) {
        let counts = StateCounts {
            new: counts.0,
            passive_loyal: counts.1,
            active_loyal: counts.2,
            ..StateCounts::default()
        };
        let exposure = engine::Exposure { negative, delight };
        let (promoters, detractors) = engine::nps_parts(&counts, &exposure, recommend);
        let paying = counts.paying();
        prop_assert!(promoters >= 0.0 && detractors >= 0.0);
        prop_assert!(promoters + detractors <= paying * (1.0 + 1e-12), "{} + {} > {}", promoters, detractors, paying);
        if paying > 0.0 {
            let nps = 100.0 * (promoters - detractors) / paying;
            prop_assert!((-100.0 - 1e-9..=100.0 + 1e-9).contains(&nps), "{}", nps);
        }
    }
}

#[test]
fn a_ramped_initiative_starts_at_the_ramps_fraction() {
    let mut ramped = shop();
    ramped.initiatives[0].ramp_periods = 4;
    // The same initiative at a quarter of its changes, at once.
    let mut quarter = shop();
    for effect in &mut quarter.initiatives[0].effects {
        effect.score_change *= 0.25;
        effect.effort_change *= 0.25;
    }
    let run = engine::run_scenario(&ramped, &ramped.scenarios[0]);
    let reduced = engine::run_scenario(&quarter, &quarter.scenarios[0]);
    let full = engine::run_scenario(&shop(), &shop().scenarios[0]);
    assert_eq!(
        run.periods[1], reduced.periods[1],
        "first period: ¼ of the effect"
    );
    assert_ne!(run.periods[1].customers, full.periods[1].customers);
    for (a, b) in run.personas.iter().zip(&reduced.personas) {
        assert_eq!(a.periods[1], b.periods[1]);
    }
    // Full strength in its fourth period: the chain and CLV are those at full effect.
    assert_eq!(run.personas[0].chain, full.personas[0].chain);
    let nps = |run: &ScenarioRun, t: usize| run.periods[t].nps_estimate;
    assert_ne!(
        nps(&run, 2),
        nps(&reduced, 2),
        "the second period has ½, not ¼"
    );

    assert_eq!(
        run.periods[1].costs, 40_500.0,
        "costs start with it, in full"
    );
}

#[test]
fn an_initiative_starting_in_period_six_leaves_the_first_periods_as_the_baseline() {
    let mut project = shop();
    project.initiatives[0].start_period = 6;
    project.initiatives[0].ramp_periods = 3;
    let scenario = &project.scenarios[0];
    let run = engine::run_scenario(&project, scenario);
    let nothing = Scenario {
        initiatives: Vec::new(),
        ..scenario.clone()
    };
    let baseline = engine::run_scenario(&project, &nothing);
    // Model periods 0–5 are run periods 1–6 (t = 0 is the starting point).
    for t in 0..=6 {
        assert_eq!(run.periods[t], baseline.periods[t], "period {t}");
    }
    assert_ne!(run.periods[7].customers, baseline.periods[7].customers);
    assert_eq!(
        run.periods[7].costs, 40_500.0,
        "one-off cost in its first period"
    );
    assert_eq!(run.periods[8].costs, 500.0);
    // Payback is counted against the same run without initiatives.
    assert!(run.payback_period.is_none_or(|p| p > 7));
    assert_eq!(reference::run_scenario(&project, scenario), run);
}

#[test]
fn an_initiative_that_starts_after_the_horizon_costs_and_does_nothing() {
    let mut project = shop();
    project.initiatives[0].start_period = 100;
    let run = engine::run_scenario(&project, &project.scenarios[0]);
    let baseline = engine::run_baseline(&project);
    for (a, b) in run.periods.iter().zip(&baseline.periods) {
        assert_eq!(a.customers, b.customers);
        assert_eq!(a.costs, 0.0);
    }
}

#[test]
fn fixed_costs_come_off_every_period_and_default_to_none() {
    let project = shop();
    let without = engine::run_scenario(&project, &project.scenarios[0]);
    let mut with_fixed = project.clone();
    with_fixed.settings.fixed_costs_per_period = Some(10_000.0);
    let run = engine::run_scenario(&with_fixed, &with_fixed.scenarios[0]);
    assert_eq!(run.periods[0].fixed_costs, 0.0);
    let d = run.discount_rate_per_period;
    let mut annuity = 0.0;
    for (t, (a, b)) in run.periods.iter().zip(&without.periods).enumerate().skip(1) {
        assert_eq!(b.fixed_costs, 0.0);
        assert_eq!(a.fixed_costs, 10_000.0);
        assert_eq!(a.margin, b.margin);
        assert!((a.profit - (a.margin - a.costs - 10_000.0)).abs() < 1e-9);
        annuity += 10_000.0 / (1.0 + d).powi(t as i32);
        assert!((b.cumulative_profit_pv - a.cumulative_profit_pv - annuity).abs() < 1e-6);
    }
    // They do not change payback: the run without initiatives carries them too.
    assert_eq!(run.payback_period, without.payback_period);
}

// ---------------------------------------------------------------------------------------
// Fast path against the reference
// ---------------------------------------------------------------------------------------

#[test]
fn optimised_runs_equal_the_plain_reference() {
    // 20 personas × 1,000 touchpoints is large enough for the engine to use every core.
    let large_enough_for_threads = generate::project(Size {
        personas: 20,
        touchpoints: 1000,
        scores_per_touchpoint: 20,
        initiatives: 6,
        scenarios: 3,
    });
    for project in [
        shop(),
        small_generated(100),
        small_generated(7),
        large_enough_for_threads,
    ] {
        let comparison = engine::compare(&project);
        for (scenario, run) in project.scenarios.iter().zip(&comparison.scenarios) {
            assert_eq!(
                &reference::run_scenario(&project, scenario),
                run,
                "{}",
                scenario.id
            );
        }
    }
}

#[test]
fn every_sample_project_runs_and_matches_the_reference() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects");
    let mut samples: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    samples.sort();
    for path in samples {
        let project = cx_workbench::store::load(&path)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
            .project;
        let comparison = engine::compare(&project);
        for (scenario, run) in project.scenarios.iter().zip(&comparison.scenarios) {
            assert_eq!(
                &reference::run_scenario(&project, scenario),
                run,
                "{}",
                scenario.id
            );
        }
        for run in std::iter::once(&comparison.baseline).chain(&comparison.scenarios) {
            for period in &run.periods {
                assert!(
                    period.cumulative_profit_pv.is_finite(),
                    "{}",
                    path.display()
                );
            }
            for persona in &run.personas {
                assert!(
                    persona.clv.is_some(),
                    "{} {}",
                    path.display(),
                    persona.persona
                );
            }
        }
        let built = report::build(&project, None).unwrap_or_else(|e| panic!("{e}"));
        assert!(built.to_text().contains(&project.meta.name));
    }
}

// ---------------------------------------------------------------------------------------
// Survey metrics
// ---------------------------------------------------------------------------------------

#[test]
fn survey_metrics_by_hand() {
    let nps = NpsCounts {
        promoters: 90,
        passives: 60,
        detractors: 50,
    };
    assert_eq!(metrics::nps(&nps), Some(20.0));
    assert_eq!(metrics::nps(&NpsCounts::default()), None);
    let retention = RetentionCounts {
        customers_start: 1000,
        customers_end: 1050,
        new_customers: 200,
    };
    assert_eq!(metrics::retention_rate(&retention), Some(0.85));
    let churn = metrics::churn_rate(&retention).unwrap_or(f64::NAN);
    assert!((churn - 0.15).abs() < 1e-12);
    assert_eq!(metrics::retention_rate(&RetentionCounts::default()), None);
    // CES: (3·10 + 4·20 + 5·30 + 6·25 + 7·15) / 100 = 5.15; 70 of 100 answer 5–7.
    let ces = [0, 0, 10, 20, 30, 25, 15];
    assert!((metrics::ces_mean(&ces).unwrap_or(f64::NAN) - 5.15).abs() < 1e-12);
    assert!((metrics::ces_share_agreeing(&ces).unwrap_or(f64::NAN) - 0.70).abs() < 1e-12);
    assert_eq!(metrics::ces_mean(&[]), None);
    assert_eq!(metrics::ces_mean(&[0; 7]), None);
    assert_eq!(
        metrics::ces_mean(&[1, 2, 3]),
        None,
        "wrong number of points"
    );
    // CSAT: 80 of 100 answer 4–5.
    assert!((metrics::csat(&[5, 5, 10, 40, 40]).unwrap_or(f64::NAN) - 0.80).abs() < 1e-12);
    let carts = CartCounts {
        carts: 200,
        orders: 60,
    };
    assert!((metrics::cart_abandonment(&carts).unwrap_or(f64::NAN) - 0.70).abs() < 1e-12);
    assert_eq!(metrics::cart_abandonment(&CartCounts::default()), None);
    let wave = metrics::WaveMetrics::of(&shop().surveys[0]);
    assert_eq!(wave.nps, Some(20.0));
    assert_eq!(
        metrics::WaveMetrics::of(&SurveyWave::default()),
        metrics::WaveMetrics::default()
    );
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

/// A random project: 1–3 personas, 1–6 touchpoints with random experiences, a scenario with
/// an initiative, and random values for the main assumptions.
fn arbitrary_project() -> impl Strategy<Value = Project> {
    let experiences = prop::collection::vec(
        (-5.0..=5.0f64, 1.0..=7.0f64, 0.0..=1.0f64, any::<bool>()),
        1..=18,
    );
    let assumptions = (
        0.5..=0.89f64,
        0.2..=0.8f64,
        0.01..=0.08f64,
        0.1..=0.5f64,
        0.0..=0.03f64,
    );
    (
        1usize..=3,
        experiences,
        assumptions,
        prop_oneof![
            Just(Period::Month),
            Just(Period::Quarter),
            Just(Period::Year)
        ],
        prop_oneof![
            Just(MarginTiming::EndOfPeriod),
            Just(MarginTiming::StartOfPeriod)
        ],
        -1.0..=3.0f64,
        prop_oneof![
            Just(TodayBasis::Steady),
            (-0.3..=0.4f64).prop_map(|growth_per_year| TodayBasis::Trend { growth_per_year }),
            Just(TodayBasis::Rate {
                calibrated_to: None
            }),
        ],
    )
        .prop_map(
            |(personas, experiences, a, period, timing, change, today)| {
                let mut project = Project::new("Random", Lang::En);
                project.settings.today = today;
                project.settings.period = period;
                project.settings.margin_timing = timing;
                set_assumption(&mut project, AssumptionKey::ChurnAfterNegative, a.0);
                set_assumption(&mut project, AssumptionKey::ActiveLoyalBuffer, a.1);
                set_assumption(&mut project, AssumptionKey::PassiveSwitching, a.2);
                set_assumption(&mut project, AssumptionKey::DelightToActive, a.3);
                set_assumption(&mut project, AssumptionKey::WinBack, a.4);
                for p in 0..personas {
                    let mut persona = Persona {
                        id: Id::new(format!("p-{p}")),
                        name: format!("Persona {p}"),
                        ..Persona::default()
                    };
                    persona.segment.customers = 500 + 700 * p as u64;
                    persona.value.perception.score = 4.0 + p as f64;
                    project.personas.push(persona);
                }
                let touchpoints = experiences.len().div_ceil(personas);
                for t in 0..touchpoints {
                    let mut tp = touchpoint(&format!("tp-{t}"), Vec::new());
                    for p in 0..personas {
                        if let Some(&(score, effort, reach, used)) =
                            experiences.get(t * personas + p)
                            && used
                        {
                            tp.experiences.push(experience(
                                &format!("p-{p}"),
                                score,
                                effort,
                                reach,
                            ));
                        }
                    }
                    project.touchpoints.push(tp);
                }
                project.initiatives.push(Initiative {
                    id: Id::from("i-1"),
                    name: "Initiative".into(),
                    one_off_cost: 10_000.0,
                    cost_per_period: 200.0,
                    effects: vec![
                        effect("tp-0", &[], change, 0.5),
                        effect("tp-0", &["p-0"], 0.5, 0.0),
                    ],
                    ..Initiative::default()
                });
                project.scenarios.push(Scenario {
                    id: Id::from("sc-1"),
                    name: "Scenario".into(),
                    initiatives: vec![Id::from("i-1")],
                    horizon_periods: 24,
                    ..Scenario::default()
                });
                project
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_better_score_never_lowers_active_loyalty_or_clv(
        project in arbitrary_project(),
        touchpoint in 0usize..6,
        experience in 0usize..3,
        raise in 0.01..=4.0f64,
    ) {
        // The first touchpoint from the drawn one on that someone uses.
        let count = project.touchpoints.len();
        let used = (0..count)
            .map(|k| (touchpoint + k) % count)
            .find(|&t| !project.touchpoints[t].experiences.is_empty());
        let Some(t) = used else {
            return Ok(());
        };
        let e = experience % project.touchpoints[t].experiences.len();
        // With the assumed rate: a steady or trending Today is held anew at the customers
        // entered, whatever the touchpoints (the next property covers it).
        let mut project = project;
        project.settings.today = TodayBasis::Rate { calibrated_to: None };
        let mut better = project.clone();
        better.touchpoints[t].experiences[e].score += raise;
        for (before, after) in [
            (engine::run_baseline(&project), engine::run_baseline(&better)),
            (
                engine::run_scenario(&project, &project.scenarios[0]),
                engine::run_scenario(&better, &better.scenarios[0]),
            ),
        ] {
            let active = |run: &ScenarioRun| run.periods.last().map_or(0.0, |p| p.customers.active_loyal);
            prop_assert!(active(&after) >= active(&before) * (1.0 - 1e-12) - 1e-9);
            for (b, a) in before.personas.iter().zip(&after.personas) {
                let clv = |c: Option<Clv>| c.map_or(f64::NAN, |c| c.new);
                prop_assert!(clv(a.clv) >= clv(b.clv) - 1e-9 * clv(b.clv).abs().max(1.0),
                    "{}: {} < {}", a.persona, clv(a.clv), clv(b.clv));
            }
        }
    }

    #[test]
    fn an_initiative_that_raises_a_score_never_lowers_active_loyalty_or_clv(
        project in arbitrary_project(),
        touchpoint in 0usize..6,
        raise in 0.01..=4.0f64,
    ) {
        let t = touchpoint % project.touchpoints.len();
        // Prospects that do not run out under a steep trend: once the pool is empty, who
        // came in first decides who is left, and a better score can shift that either way.
        let mut project = project;
        for persona in &mut project.personas {
            persona.segment.prospects = 10_000_000;
        }
        let mut better = project.clone();
        let id = project.touchpoints[t].id.as_str().to_string();
        better.initiatives[0].effects.push(effect(&id, &[], raise, 0.0));
        let before = engine::run_scenario(&project, &project.scenarios[0]);
        let after = engine::run_scenario(&better, &better.scenarios[0]);
        let active = |run: &ScenarioRun| run.periods.last().map_or(0.0, |p| p.customers.active_loyal);
        prop_assert!(active(&after) >= active(&before) * (1.0 - 1e-12) - 1e-9);
        for (b, a) in before.personas.iter().zip(&after.personas) {
            let clv = |c: Option<Clv>| c.map_or(f64::NAN, |c| c.new);
            prop_assert!(clv(a.clv) >= clv(b.clv) - 1e-9 * clv(b.clv).abs().max(1.0),
                "{}: {} < {}", a.persona, clv(a.clv), clv(b.clv));
        }
    }

    #[test]
    fn customers_are_conserved(project in arbitrary_project()) {
        let run = engine::run_scenario(&project, &project.scenarios[0]);
        for persona in &run.personas {
            let total = persona.periods[0].customers.total();
            for counts in persona.periods.iter().map(|p| p.customers) {
                prop_assert!((counts.total() - total).abs() <= 1e-9 * total.max(1.0));
                prop_assert!(counts.prospects >= 0.0 && counts.lost >= 0.0);
            }
        }
        let total = run.periods[0].customers.total();
        for period in &run.periods {
            prop_assert!((period.customers.total() - total).abs() <= 1e-9 * total.max(1.0));
        }
    }

    #[test]
    fn an_empty_scenario_is_the_baseline(project in arbitrary_project()) {
        let empty = Scenario {
            id: Id::from("sc-empty"),
            name: "Nothing".into(),
            horizon_periods: engine::baseline_horizon(&project),
            ..Scenario::default()
        };
        let mut run = engine::run_scenario(&project, &empty);
        let baseline = engine::run_baseline(&project);
        run.scenario = None;
        run.name = baseline.name.clone();
        prop_assert_eq!(run, baseline);
    }

    #[test]
    fn transition_rows_are_chances_that_sum_to_one(project in arbitrary_project()) {
        let comparison = engine::compare(&project);
        for run in std::iter::once(&comparison.baseline).chain(&comparison.scenarios) {
            for persona in &run.personas {
                for row in &persona.chain.transition.0 {
                    prop_assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{:?}", row);
                    prop_assert!(row.iter().all(|p| (0.0..=1.0).contains(p)), "{:?}", row);
                }
            }
        }
    }

    #[test]
    fn the_fast_path_equals_the_reference(project in arbitrary_project()) {
        let fast = engine::run_scenario(&project, &project.scenarios[0]);
        prop_assert_eq!(reference::run_scenario(&project, &project.scenarios[0]), fast);
    }

    #[test]
    fn monte_carlo_is_reproducible(project in arbitrary_project(), seed in any::<u64>()) {
        let options = monte_carlo::MonteCarloOptions { runs: 12, seed, threads: None };
        let a = run_monte_carlo(&project, options);
        let b = run_monte_carlo(&project, options);
        prop_assert!(a.is_some());
        prop_assert_eq!(a, b);
    }
}

// ---------------------------------------------------------------------------------------
// Monte Carlo
// ---------------------------------------------------------------------------------------

fn run_monte_carlo(
    project: &Project,
    options: monte_carlo::MonteCarloOptions,
) -> Option<monte_carlo::MonteCarlo> {
    let progress = AtomicUsize::new(0);
    let cancel = AtomicBool::new(false);
    let result =
        monte_carlo::monte_carlo(project, &project.scenarios[0], options, &progress, &cancel);
    assert_eq!(progress.into_inner(), options.runs);
    result
}

fn options(threads: usize) -> monte_carlo::MonteCarloOptions {
    monte_carlo::MonteCarloOptions {
        runs: 200,
        seed: 2026,
        threads: NonZeroUsize::new(threads),
    }
}

#[test]
fn monte_carlo_bands_are_ordered_and_reproducible() {
    let project = shop();
    let one = run_monte_carlo(&project, options(1));
    let Some(result) = &one else {
        panic!("not cancelled, so a result");
    };
    assert_eq!(result.runs, 200);
    assert_eq!(result.periods.len(), 37);
    let ordered = |b: &monte_carlo::Band| b.p10 <= b.p50 && b.p50 <= b.p90;
    for period in &result.periods {
        assert!(ordered(&period.active_loyal) && ordered(&period.revenue));
        assert!(ordered(&period.customers) && ordered(&period.cumulative_revenue));
        assert!(period.customers.p90 >= period.active_loyal.p10);
        assert!(ordered(&period.cumulative_profit_pv));
        assert!(period.nps_estimate.as_ref().is_some_and(ordered));
    }
    let end = &result.periods[36].cumulative_profit_pv;
    assert!(end.p10 < end.p90, "uncertain assumptions spread the result");
    assert_eq!(one, run_monte_carlo(&project, options(2)), "thread count");
    assert_eq!(one, run_monte_carlo(&project, options(3)), "thread count");
    assert_eq!(one, run_monte_carlo(&project, options(0)), "all cores");
    let other_seed = monte_carlo::MonteCarloOptions {
        seed: 7,
        ..options(2)
    };
    assert_ne!(one, run_monte_carlo(&project, other_seed));
}

#[test]
fn monte_carlo_draws_within_the_ranges() {
    let project = shop();
    for run in 0..50 {
        let params = monte_carlo::draw_params(&project, &project.scenarios[1], 1, run);
        for (key, low, high) in engine::uncertain_assumptions(&project) {
            let value = params.get(key);
            assert!((low..=high).contains(&value), "{key:?} {value}");
        }
    }
}

#[test]
fn cancelled_monte_carlo_returns_none() {
    let project = shop();
    let progress = AtomicUsize::new(0);
    let cancel = AtomicBool::new(true);
    let result = monte_carlo::monte_carlo(
        &project,
        &project.scenarios[0],
        options(2),
        &progress,
        &cancel,
    );
    assert_eq!(result, None);
    assert!(progress.into_inner() < 200);
}

// ---------------------------------------------------------------------------------------
// Tornado
// ---------------------------------------------------------------------------------------

#[test]
fn tornado_bars_are_sorted_by_swing_and_fixed_assumptions_have_none() {
    let mut project = shop();
    let margin = project.assumption_value(AssumptionKey::GrossMargin);
    if let Some(row) = project
        .assumptions
        .iter_mut()
        .find(|a| a.key == AssumptionKey::GrossMargin)
    {
        row.low = margin;
        row.high = margin;
    }
    let chart = tornado::tornado(&project, &project.scenarios[0]);
    // Every assumption but the fixed margin, and the base rate of new customers, which a
    // steady Today does not use.
    assert_eq!(chart.bars.len(), AssumptionKey::ALL.len() - 2);
    assert!(
        chart
            .bars
            .iter()
            .all(|b| b.key != AssumptionKey::GrossMargin)
    );
    for pair in chart.bars.windows(2) {
        assert!(pair[0].swing() >= pair[1].swing());
    }
    assert!(chart.bars[0].swing() > 0.0);
    let base = engine::run_scenario(&project, &project.scenarios[0]);
    assert_eq!(chart.base_profit_pv, base.periods[36].cumulative_profit_pv);
    let churn = chart
        .bars
        .iter()
        .find(|b| b.key == AssumptionKey::ChurnAfterNegative);
    assert!(churn.is_some_and(|b| b.profit_pv_at_high < b.profit_pv_at_low));
}

// ---------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------

#[test]
fn report_json_has_the_documented_fields() {
    let project = shop();
    let built = report::build(&project, None).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_value(&built).unwrap_or_default();
    for field in [
        "project",
        "currency",
        "period",
        "margin_timing",
        "baseline",
        "scenarios",
        "personas",
        "surveys",
    ] {
        assert!(json.get(field).is_some(), "{field}");
    }
    assert_eq!(json["project"], "Test shop");
    assert_eq!(json["period"], "Month");
    assert_eq!(json["margin_timing"], "EndOfPeriod");
    assert!(json["baseline"]["id"].is_null());
    assert_eq!(json["baseline"]["payback_period"], 0);
    let scenario = &json["scenarios"][0];
    assert_eq!(scenario["id"], "sc-checkout");
    for field in [
        "name",
        "horizon_periods",
        "final_customers",
        "total_revenue",
        "cumulative_profit_pv",
        "payback_period",
        "final_nps_estimate",
    ] {
        assert!(scenario.get(field).is_some(), "{field}");
    }
    for state in ["prospects", "new", "passive_loyal", "active_loyal", "lost"] {
        assert!(scenario["final_customers"][state].is_number(), "{state}");
    }
    let persona = &json["personas"][0];
    assert_eq!(persona["id"], "p-anna");
    assert_eq!(persona["value"]["gap"], -1.5);
    for element in ["expectation", "proposition", "perception", "realisation"] {
        assert!(persona["value"][element].is_number());
    }
    assert!(persona["clv"][0]["scenario"].is_null());
    assert_eq!(persona["clv"][1]["scenario"], "sc-checkout");
    assert_eq!(persona["clv"].as_array().map(Vec::len), Some(4));
    for state in ["new", "passive_loyal", "active_loyal"] {
        assert!(persona["clv"][1][state].is_number());
    }
    let wave = &json["surveys"][0];
    assert_eq!(wave["metrics"]["nps"], 20.0);
    assert_eq!(wave["metrics"]["retention_rate"], 0.85);
    assert!(wave["persona"].is_null());
    // The JSON text parses back to the same value (numbers to within serde_json's parsing
    // precision: the last digit may differ without its `float_roundtrip` feature).
    let text = serde_json::to_string_pretty(&built).unwrap_or_default();
    let back: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    assert_json_close(&back, &json, "$");
}

fn assert_json_close(a: &serde_json::Value, b: &serde_json::Value, path: &str) {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            assert!(
                (x - y).abs() <= 1e-12 * x.abs().max(y.abs()),
                "{path}: {x} vs {y}"
            );
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{path}");
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                assert_json_close(x, y, &format!("{path}[{i}]"));
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            assert_eq!(
                x.keys().collect::<Vec<_>>(),
                y.keys().collect::<Vec<_>>(),
                "{path}"
            );
            for (key, x) in x {
                assert_json_close(x, &y[key], &format!("{path}.{key}"));
            }
        }
        _ => assert_eq!(a, b, "{path}"),
    }
}

#[test]
fn report_filters_to_one_scenario_and_refuses_unknown_ones() {
    let project = shop();
    let one = report::build(&project, Some(&Id::from("sc-all"))).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(one.scenarios.len(), 1);
    assert_eq!(one.scenarios[0].id, Some(Id::from("sc-all")));
    assert_eq!(one.personas[0].clv.len(), 2);
    let missing = report::build(&project, Some(&Id::from("sc-nope")));
    assert_eq!(
        missing,
        Err(report::ReportError::UnknownScenario(Id::from("sc-nope")))
    );
    let message = missing
        .map(|_| String::new())
        .unwrap_or_else(|e| e.to_string());
    assert!(message.contains("sc-nope"));
}

#[test]
fn report_text_names_every_scenario_and_persona() {
    let built = report::build(&shop(), None).unwrap_or_else(|e| panic!("{e}"));
    let text = built.to_text();
    for name in [
        "Today (no initiatives)",
        "Checkout",
        "Everything",
        "Free wording",
        "Anna",
        "Ben",
        "Q3",
    ] {
        assert!(text.contains(name), "{name} missing in\n{text}");
    }
    assert!(text.contains("+20"), "NPS of the wave\n{text}");
    assert!(text.contains("85.0 %"), "retention of the wave\n{text}");
}

#[test]
fn capacity_fixed_costs_and_timing_are_validated_in_plain_words() {
    let mut project = shop();
    assert_eq!(validate(&project), Vec::new());
    project.settings.capacity = Some(2000.0); // 2,800 customers at the start
    project.settings.fixed_costs_per_period = Some(-10.0);
    project.personas[1].capacity = Some(f64::NAN);
    project.initiatives[0].start_period = 601;
    project.initiatives[1].ramp_periods = 1000;
    let problems: Vec<String> = validate(&project)
        .iter()
        .map(|p| p.describe(Lang::En))
        .collect();
    assert_eq!(
        problems,
        [
            "settings.capacity: starts with 2800 customers, more than the 2000 that can be \
             served: new customers come in only once fewer than 2000 remain",
            "settings.fixed_costs_per_period: -10 is outside 0..1000000000000",
            "personas[1].capacity: is not a finite number",
            "initiatives[0].start_period: 601 is outside 0..600",
            "initiatives[1].ramp_periods: 1000 is outside 0..600",
        ]
    );
    let dutch = validate(&project)[0].kind.message(Lang::Nl);
    assert!(dutch.starts_with("begint met 2800 klanten"), "{dutch}");
}

// ---------------------------------------------------------------------------------------
// Today: steady, a stated trend, or the assumed rate
// ---------------------------------------------------------------------------------------

/// A team's own new project: File → New, two personas as a new persona starts (400 and 250
/// customers, ten prospects each, 30 % active loyal), four touchpoints at the default reach
/// with mixed scores, one initiative and a scenario. No survey wave.
fn bike_shop() -> Project {
    let mut project = Project::new("Bike repair", Lang::En);
    for (id, customers) in [("p-commuter", 400u64), ("p-racer", 250)] {
        let mut persona = Persona {
            id: Id::from(id),
            name: id.into(),
            ..Persona::default()
        };
        persona.segment.customers = customers;
        persona.segment.prospects = customers * 10;
        project.personas.push(persona);
    }
    let reach = cx_workbench::model::Experience::neutral(Id::from("p-commuter")).reach;
    for (t, (score, effort)) in [(-2.0, 5.0), (1.0, 3.0), (3.0, 2.0), (0.0, 4.0)]
        .into_iter()
        .enumerate()
    {
        project.touchpoints.push(touchpoint(
            &format!("tp-{t}"),
            vec![
                experience("p-commuter", score, effort, reach),
                experience("p-racer", score - 1.0, effort, reach),
            ],
        ));
    }
    project.initiatives.push(Initiative {
        id: Id::from("i-fix"),
        name: "Fix the waiting".into(),
        one_off_cost: 2_000.0,
        cost_per_period: 50.0,
        effects: vec![effect("tp-0", &[], 4.0, -2.0)],
        ..Initiative::default()
    });
    project.scenarios.push(Scenario {
        id: Id::from("sc-fix"),
        name: "Fix the waiting".into(),
        initiatives: vec![Id::from("i-fix")],
        horizon_periods: 36,
        ..Scenario::default()
    });
    project
}

fn paying(run: &ScenarioRun) -> Vec<f64> {
    run.periods.iter().map(|p| p.customers.paying()).collect()
}

fn active_share(run: &ScenarioRun, t: usize) -> f64 {
    let c = run.periods[t].customers;
    c.active_loyal / c.paying()
}

#[test]
fn a_new_project_without_a_wave_keeps_its_customers_and_mix_steady() {
    let project = bike_shop();
    assert_eq!(project.settings.today, TodayBasis::Steady, "the default");
    let comparison = engine::compare(&project);
    let today = &comparison.baseline;
    assert_eq!(today.horizon_periods, 36);
    for (t, customers) in paying(today).into_iter().enumerate() {
        assert!(relative_error(customers, 650.0) < 1e-9, "{t}: {customers}");
        assert!((active_share(today, t) - 0.3).abs() < 1e-9, "{t}");
    }
    // Per persona too.
    for (run, entered) in today.personas.iter().zip([400.0, 250.0]) {
        let last = run.periods.last().expect("periods").customers.paying();
        assert!(relative_error(last, entered) < 1e-9);
    }
    // As many come in as leave, every period.
    for w in today.periods.windows(2) {
        let lost = w[0].customers.paying() + w[1].entered_new - w[1].customers.paying();
        assert!(relative_error(w[1].entered_new, lost) < 1e-9);
        assert!(lost > 5.0, "customers are lost and replaced: {lost}");
    }
    // The report says so.
    let report = report::build(&project, None).expect("report");
    assert_eq!(report.today.basis, "Steady");
    assert!(report.today.largest_change.abs() < 1e-9);
    assert!(relative_error(report.today.new_per_period, report.today.lost_per_period) < 1e-9);
    assert!(
        report.to_text().contains("make up for"),
        "{}",
        report.to_text()
    );
}

#[test]
fn the_assumed_rate_is_what_a_steady_today_replaces() {
    // With the assumed base rate, the same shop grows by itself: the issue a steady Today
    // fixes.
    let mut project = bike_shop();
    project.settings.today = TodayBasis::Rate {
        calibrated_to: None,
    };
    let today = engine::run_baseline(&project);
    let end = *paying(&today).last().expect("periods");
    assert!(end > 650.0 * 1.1, "{end}");
    let report = report::build(&project, None).expect("report");
    assert_eq!(report.today.basis, "AssumedRate");
    assert!(report.today.largest_change > 0.1);
}

#[test]
fn a_stated_trend_is_followed_in_every_period_length() {
    for (period, horizon) in [
        (Period::Month, 36),
        (Period::Quarter, 12),
        (Period::Year, 3),
    ] {
        for growth in [0.05, -0.03] {
            let mut project = bike_shop();
            project.settings.period = period;
            project.scenarios[0].horizon_periods = horizon;
            project.settings.today = TodayBasis::Trend {
                growth_per_year: growth,
            };
            let today = engine::run_baseline(&project);
            let end = *paying(&today).last().expect("periods");
            let expected = 650.0 * (1.0f64 + growth).powi(3);
            assert!(
                relative_error(end, expected) < 1e-9,
                "{period:?} {growth}: {end}"
            );
            // The mix holds while the customers grow; when they shrink faster than active-loyal
            // customers ever stop being so, it can only come close.
            let share = active_share(&today, horizon as usize);
            let tolerance = if growth > 0.0 { 1e-9 } else { 0.05 };
            assert!(
                (share - 0.3).abs() < tolerance,
                "{period:?} {growth}: {share}"
            );
            let report = report::build(&project, None).expect("report");
            assert_eq!(report.today.basis, "Trend");
            assert!(report.today.largest_change.abs() < 1e-9);
        }
    }
}

#[test]
fn initiatives_and_overrides_still_move_a_steady_today() {
    let mut project = bike_shop();
    project.scenarios.push(Scenario {
        id: Id::from("sc-churn"),
        name: "More churn".into(),
        overrides: vec![AssumptionOverride {
            key: AssumptionKey::ChurnAfterNegative,
            value: 0.6,
        }],
        horizon_periods: 36,
        ..Scenario::default()
    });
    project.scenarios.push(Scenario {
        id: Id::from("sc-empty"),
        name: "Nothing".into(),
        horizon_periods: 36,
        ..Scenario::default()
    });
    let comparison = engine::compare(&project);
    let today = &comparison.baseline;
    let last = |run: &ScenarioRun| run.periods.last().expect("periods").clone();
    let fix = &comparison.scenarios[0];
    assert!(last(fix).customers.paying() > last(today).customers.paying() + 1.0);
    assert!(last(fix).customers.active_loyal > last(today).customers.active_loyal);
    assert!(fix.payback_period.is_some(), "{:?}", fix.payback_period);
    let churn = &comparison.scenarios[1];
    assert!(last(churn).customers.paying() < last(today).customers.paying() - 1.0);
    let nothing = &comparison.scenarios[2];
    assert_eq!(nothing.periods, today.periods);
}

#[test]
fn a_delighting_journey_stays_steady_and_more_delight_still_adds_customers() {
    let mut project = bike_shop();
    for tp in &mut project.touchpoints {
        for e in &mut tp.experiences {
            e.score = 5.0;
            e.effort = 1.0;
            e.reach = 1.0;
        }
    }
    set_assumption(&mut project, AssumptionKey::PeopleTold, 20.0);
    let comparison = engine::compare(&project);
    for (t, customers) in paying(&comparison.baseline).into_iter().enumerate() {
        assert!(relative_error(customers, 650.0) < 1e-6, "{t}: {customers}");
    }
    // Word of mouth alone brings more than Today needs: fewer come without a referral.
    let plan_needs_less = engine::report::build(&project, None)
        .expect("report")
        .today
        .new_per_period;
    assert!(plan_needs_less > 0.0);
}

#[test]
fn too_few_prospects_cannot_hold_today_and_the_report_says_when() {
    let mut project = bike_shop();
    project.personas[0].segment.prospects = 60;
    let report = report::build(&project, None).expect("report");
    let run_out = report.today.prospects_run_out.expect("runs out");
    assert!(run_out > 1 && run_out < 36, "{run_out}");
    assert!(
        report.today.largest_change < -0.05,
        "{}",
        report.today.largest_change
    );
    assert!(report.to_text().contains("too few prospects"));
}

#[test]
fn a_capacity_below_the_customers_still_bounds_a_steady_today() {
    let mut project = bike_shop();
    project.settings.capacity = Some(600.0);
    let today = engine::run_baseline(&project);
    let customers = paying(&today);
    assert!(
        customers
            .iter()
            .skip(1)
            .all(|&c| c <= 650.0 * (1.0 + 1e-12))
    );
    assert!(*customers.last().expect("periods") <= 600.0 * (1.0 + 1e-9));
}

#[test]
fn a_steady_today_has_no_base_rate_to_swing_or_draw() {
    let project = bike_shop();
    let keys: Vec<AssumptionKey> = engine::uncertain_assumptions(&project)
        .into_iter()
        .map(|(key, _, _)| key)
        .collect();
    assert!(!keys.contains(&AssumptionKey::BaseAcquisition));
    let bars = tornado::tornado(&project, &project.scenarios[0]);
    assert!(
        bars.bars
            .iter()
            .all(|b| b.key != AssumptionKey::BaseAcquisition)
    );
    let mut rated = project.clone();
    rated.settings.today = TodayBasis::Rate {
        calibrated_to: None,
    };
    assert!(
        engine::uncertain_assumptions(&rated)
            .iter()
            .any(|(key, _, _)| *key == AssumptionKey::BaseAcquisition)
    );
}

#[test]
fn closing_a_value_gap_is_worth_customers_against_a_steady_today() {
    let mut project = bike_shop();
    project.personas[0].value.expectation.score = 8.0;
    project.personas[0].value.perception.score = 5.0;
    let as_is = engine::run_baseline(&project);
    let id = project.personas[0].id.clone();
    let worth = engine::gap_worth::gap_worth(&project, &as_is, &id).expect("worth");
    assert!(worth.worth() > 0.0, "{worth:?}");
}

#[test]
fn a_scenario_that_assumes_a_higher_base_rate_adds_customers_to_a_steady_today() {
    let mut project = bike_shop();
    project.scenarios.push(Scenario {
        id: Id::from("sc-campaign"),
        name: "Campaign".into(),
        overrides: vec![AssumptionOverride {
            key: AssumptionKey::BaseAcquisition,
            value: 0.01,
        }],
        horizon_periods: 36,
        ..Scenario::default()
    });
    let comparison = engine::compare(&project);
    let end = |run: &ScenarioRun| run.periods.last().expect("periods").customers.paying();
    // The project's rate is 0.5 % of the prospects a month; the campaign's 1 % adds the
    // other half a per cent.
    assert!(end(&comparison.scenarios[1]) > end(&comparison.baseline) + 10.0);
}

#[test]
fn a_persona_without_customers_is_not_frozen_by_a_steady_today() {
    let mut project = bike_shop();
    project.personas[1].segment.customers = 0;
    let today = engine::run_baseline(&project);
    let racer = &today.personas[1];
    let end = racer.periods.last().expect("periods").customers.paying();
    assert!(end > 1.0, "new customers come at the assumed rate: {end}");
    // The other persona is still held.
    let commuter = today.personas[0].periods.last().expect("periods");
    assert!(relative_error(commuter.customers.paying(), 400.0) < 1e-9);
}
