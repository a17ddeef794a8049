//! What closing a persona's value gap is worth: the baseline run as the project is against
//! the baseline run of a copy with that persona's value perception raised to its expectation
//! (the gap feeds passive switching through the ValueGapEffect assumption; Oliver 1980).

use super::run::{ScenarioRun, baseline_horizon};
use super::runner::Runner;
use crate::model::{Id, Project};

/// One persona's CLV of a new customer and the project's cumulative result over the
/// baseline horizon, as the project is and with the persona's gap closed.
#[derive(Clone, Debug, PartialEq)]
pub struct GapWorth {
    /// The persona.
    pub persona: Id,
    /// Its gap, perception − expectation (negative: below expectation).
    pub gap: f64,
    /// The horizon, in model periods.
    pub horizon_periods: u32,
    /// CLV of a new customer of the persona, as the project is.
    pub clv_new_as_is: Option<f64>,
    /// The same with the gap closed.
    pub clv_new_closed: Option<f64>,
    /// The project's cumulative profit (present value) at the horizon, as the project is.
    pub cumulative_as_is: f64,
    /// The same with the gap closed.
    pub cumulative_closed: f64,
}

impl GapWorth {
    /// What closing the gap adds to the cumulative result over the horizon.
    pub fn worth(&self) -> f64 {
        self.cumulative_closed - self.cumulative_as_is
    }

    /// What it adds to the CLV of a new customer, when both are known.
    pub fn clv_gain(&self) -> Option<f64> {
        Some(self.clv_new_closed? - self.clv_new_as_is?)
    }
}

/// A copy of `project` with the perception of `persona` raised to its expectation (left as
/// it is when it already meets it); `None` for an unknown persona.
pub fn with_gap_closed(project: &Project, persona: &Id) -> Option<Project> {
    let mut copy = project.clone();
    let p = copy.personas.iter_mut().find(|p| &p.id == persona)?;
    let expectation = p.value.expectation.score;
    if p.value.perception.score < expectation {
        p.value.perception.score = expectation;
    }
    Some(copy)
}

/// What closing the gap of `persona` is worth, given the baseline run of `project` as it is
/// (`as_is`, from the results the app keeps). A gap that is not negative is worth nothing
/// and costs no run. `None` for an unknown persona.
pub fn gap_worth(project: &Project, as_is: &ScenarioRun, persona: &Id) -> Option<GapWorth> {
    let p = project.persona(persona)?;
    let gap = p.value.gap();
    let clv = |run: &ScenarioRun| {
        run.personas
            .iter()
            .find(|r| &r.persona == persona)
            .and_then(|r| r.clv.as_ref())
            .map(|c| c.new)
    };
    let cumulative = |run: &ScenarioRun| run.periods.last().map_or(0.0, |p| p.cumulative_profit_pv);
    let closed_run;
    let closed = if gap.is_finite() && gap < 0.0 {
        // Today stays the project's: the closed gap keeps more customers than Today does,
        // rather than Today being held anew at the customers entered.
        let today = Runner::new(project).today_plan(baseline_horizon(project));
        let closed_project = with_gap_closed(project, persona)?;
        closed_run = Runner::new(&closed_project)
            .with_today(today)
            .run_baseline();
        &closed_run
    } else {
        as_is
    };
    Some(GapWorth {
        persona: persona.clone(),
        gap,
        horizon_periods: baseline_horizon(project),
        clv_new_as_is: clv(as_is),
        clv_new_closed: clv(closed),
        cumulative_as_is: cumulative(as_is),
        cumulative_closed: cumulative(closed),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::run_baseline;

    #[test]
    fn closing_a_negative_gap_raises_clv_and_equals_a_run_with_the_raised_perception() {
        let mut project = crate::store::embedded_sample().expect("sample");
        project.personas[1].value.expectation.score = 8.0;
        project.personas[1].value.perception.score = 6.0;
        let id = project.personas[1].id.clone();
        let as_is = run_baseline(&project);
        let worth = gap_worth(&project, &as_is, &id).expect("worth");
        assert_eq!(worth.gap, -2.0);
        assert!(worth.clv_gain().expect("clv") > 0.0, "{worth:?}");
        assert!(worth.worth() > 0.0);

        let mut raised = project.clone();
        raised.personas[1].value.perception.score = 8.0;
        let run = run_baseline(&raised);
        let expected = run.periods.last().expect("periods").cumulative_profit_pv;
        assert_eq!(worth.cumulative_closed, expected);
    }

    #[test]
    fn a_gap_that_is_not_negative_is_worth_nothing() {
        let mut project = crate::store::embedded_sample().expect("sample");
        project.personas[0].value.expectation.score = 6.0;
        project.personas[0].value.perception.score = 7.0;
        let id = project.personas[0].id.clone();
        let as_is = run_baseline(&project);
        let worth = gap_worth(&project, &as_is, &id).expect("worth");
        assert_eq!(worth.worth(), 0.0);
        assert!(gap_worth(&project, &as_is, &Id::from("nobody")).is_none());
    }
}
