//! "Today": how the project without initiatives moves over time, the line every scenario is
//! compared with.
//!
//! The brief's chain loses customers every period (bad experiences, switching) and finds new
//! ones (word of mouth, win-back, and a base rate of the prospects). Nothing ties that base
//! rate to the customers a team entered, so with the assumed rate a new project's Today
//! grows or shrinks by itself, often by more than any initiative moves it. Unless the team
//! calibrated to a survey wave (which fits the rate to what was measured), Today is
//! therefore *held*:
//!
//! - **Steady** ([`TodayBasis::Steady`], the default): each persona keeps the customers the
//!   team entered. In every period, as many new customers come in as the model expects to
//!   lose.
//! - **Trend** ([`TodayBasis::Trend`]): the customers grow (or shrink) by the stated rate
//!   per year, compounded per period.
//!
//! Both keep each persona's loyalty mix (its active-loyal share) as entered.
//!
//! **How it holds.** A pre-run of each persona's chain as it is (the project's assumptions,
//! no initiatives, no capacity) finds, period by period, the *base* of new customers that
//! brings the paying customers to the target: base_t = target_t − kept_t − won back_t −
//! word of mouth_t. That schedule replaces the base rate of the prospects in every run of
//! the project ([`TodayPlan::base`]); word of mouth still adds its referrals on top, and a
//! scenario that assumes another base rate (a campaign) adds the difference times the
//! prospects ([`TodayPlan::base_for`]). The mix is held by a fixed factor on the chance that
//! a staying passive-loyal customer becomes active loyal ([`mix_hold`]), applied to every
//! run's chain, so an initiative's effect on that chance keeps its proportion. A persona with
//! no customers is not held: its customers come at the assumed rate. Both are fixed from the project
//! as it is: an initiative that keeps more customers, delights more or wins more back, or a
//! scenario that assumes more churn, moves its run away from Today as before. The base can
//! be negative when word of mouth alone brings more customers than Today needs (never below
//! minus word of mouth): then fewer come in without a referral than word of mouth brings.
//!
//! Limits: the base takes prospects from the pool, so a persona whose prospects run out
//! cannot hold its customers ([`PersonaPlan::short_from`]); a capacity below the customers
//! still bounds every run.

use super::chain::{MixHold, PersonaChain, mix_hold};
use super::chance::Exposure;
use super::params::Params;
use super::run::ScenarioRun;
use super::simulate::{Proposal, StateCounts};
use crate::i18n::numbers::{grouped, signed};
use crate::i18n::{Lang, t};
use crate::model::{Id, Period, Project, TodayBasis};
use serde::Serialize;

/// The new customers and the pull on loyalty that hold Today, per persona.
#[derive(Clone, Debug, PartialEq)]
pub struct TodayPlan {
    /// Per persona, in the project's order.
    pub personas: Vec<PersonaPlan>,
    /// Periods planned.
    pub horizon_periods: u32,
    /// The project's base rate of acquisition per period: a run whose own rate differs (a
    /// scenario that assumes a campaign) adds the difference, times the prospects left, to
    /// Today's base ([`TodayPlan::base_for`]).
    pub base_rate: f64,
}

/// One persona's part of [`TodayPlan`].
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaPlan {
    /// New customers without a referral per period, t = 1..=horizon (index t − 1); empty for
    /// a persona with no customers, which Today does not hold (its new customers come at the
    /// assumed rate).
    pub base: Vec<f64>,
    /// What holds the entered active-loyal share ([`mix_hold`]).
    pub mix: MixHold,
    /// The first period in which the prospects left could not supply the new customers
    /// Today needs (from then on Today falls below its target).
    pub short_from: Option<u32>,
}

impl TodayPlan {
    /// Persona `persona`'s base of new customers in period `period` (1..=horizon); `None`
    /// beyond the plan.
    pub fn base(&self, persona: usize, period: usize) -> Option<f64> {
        self.personas
            .get(persona)?
            .base
            .get(period.checked_sub(1)?)
            .copied()
    }

    /// Persona `persona`'s base in period `period` for a run whose base rate per period is
    /// `rate`, from `prospects` prospects: Today's base plus what a different rate adds.
    pub fn base_for(
        &self,
        persona: usize,
        period: usize,
        rate: f64,
        prospects: f64,
    ) -> Option<f64> {
        let base = self.base(persona, period)?;
        let extra = (rate - self.base_rate) * prospects;
        Some(if extra.is_finite() {
            base + extra
        } else {
            base
        })
    }

    /// What holds persona `persona`'s loyalty mix ([`MixHold::NONE`] when unknown).
    pub fn mix(&self, persona: usize) -> MixHold {
        self.personas.get(persona).map_or(MixHold::NONE, |p| p.mix)
    }
}

/// The plan that holds Today for `horizon_periods` periods, from the project's assumptions
/// `params` and each persona's exposure to the touchpoints as they are (`exposures`, in the
/// project's order); `None` with the assumed rate ([`TodayBasis::Rate`]), when nothing is
/// held. A plan is causal: a longer one starts as the shorter one.
pub(crate) fn plan(
    project: &Project,
    params: &Params,
    exposures: &[Exposure],
    horizon_periods: u32,
) -> Option<TodayPlan> {
    let growth = project.settings.today.held_growth()?;
    let rates = params.per_period(project.settings.period);
    let years_per_period = f64::from(project.settings.period.months()) / 12.0;
    let personas = project
        .personas
        .iter()
        .zip(exposures)
        .map(|(persona, &exposure)| {
            let mut chain = PersonaChain::new(persona, params, &rates, exposure);
            let start = StateCounts::initial(persona);
            let entered = start.paying();
            if entered <= 0.0 || !entered.is_finite() {
                // Nothing to hold: customers come at the assumed rate.
                return PersonaPlan {
                    base: Vec::new(),
                    mix: MixHold::NONE,
                    short_from: None,
                };
            }
            let share = start.active_loyal / entered;
            let growth_per_period = (1.0 + growth).powf(years_per_period) - 1.0;
            let mix = mix_hold(&chain.transition, share, growth_per_period);
            chain.hold_mix(mix);
            let mut now = start;
            let mut base = Vec::with_capacity(horizon_periods as usize);
            let mut short_from = None;
            for t in 1..=horizon_periods {
                let target = entered * (1.0 + growth).powf(f64::from(t) * years_per_period);
                let bare = Proposal::of(&chain, &now, Some(0.0));
                let referrals =
                    chain.exposure.delight * now.paying() * chain.referrals_per_delighted;
                let needed = target - bare.kept() - bare.won_back() - referrals;
                // Never below taking all of word of mouth away: Today then gets nobody new
                // (as it would), and a scenario's extra referrals still count.
                let needed = if needed.is_finite() {
                    needed.max(-referrals)
                } else {
                    0.0
                };
                if short_from.is_none() && needed + referrals > now.prospects * (1.0 + 1e-12) {
                    short_from = Some(t);
                }
                now = Proposal::of(&chain, &now, Some(needed)).finish(1.0).end;
                base.push(needed);
            }
            PersonaPlan {
                base,
                mix,
                short_from,
            }
        })
        .collect();
    Some(TodayPlan {
        personas,
        horizon_periods,
        base_rate: rates.base_acquisition,
    })
}

/// New and lost customers per period, averaged over a run's periods 1..=horizon, from each
/// period's paying customers and customers who entered New (t = 0 first): lost in period t
/// is paying(t − 1) + entered(t) − paying(t).
pub fn mean_flows(periods: impl IntoIterator<Item = (f64, f64)>) -> (f64, f64) {
    let (mut new, mut lost, mut count) = (0.0, 0.0, 0usize);
    let mut previous: Option<f64> = None;
    for (paying, entered) in periods {
        if let Some(before) = previous {
            new += entered;
            lost += before + entered - paying;
            count += 1;
        }
        previous = Some(paying);
    }
    let count = count.max(1) as f64;
    (new / count, lost / count)
}

/// Which Today is in force, and how its customers move: what Scenarios, "How is this
/// computed?" and the report say about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TodaySummary {
    /// "Steady", "Trend", "Calibrated" or "AssumedRate".
    pub basis: &'static str,
    /// The stated yearly growth (0 when steady; `None` with the assumed rate).
    pub growth_per_year: Option<f64>,
    /// The survey wave the assumptions were calibrated to (`Calibrated` only).
    pub calibrated_to: Option<Id>,
    /// Paying customers at the start.
    pub customers_start: f64,
    /// Paying customers at the end of the baseline's horizon.
    pub customers_end: f64,
    /// Periods of the baseline.
    pub horizon_periods: u32,
    /// The largest difference, over the horizon, between Today's paying customers and what
    /// its basis holds (the start when steady, the trend when stated, the start with the
    /// assumed rate), as a fraction of it.
    pub largest_change: f64,
    /// New customers per period (acquired and won back), averaged over the horizon.
    pub new_per_period: f64,
    /// Customers lost per period, averaged over the horizon.
    pub lost_per_period: f64,
    /// The first period in which some persona's prospects could not supply the new
    /// customers Today needs (steady and trend only).
    pub prospects_run_out: Option<u32>,
}

impl TodaySummary {
    /// The summary of `project`'s Today, from its baseline run.
    pub fn of(project: &Project, baseline: &ScenarioRun, plan: Option<&TodayPlan>) -> Self {
        let (basis, calibrated_to) = match &project.settings.today {
            TodayBasis::Steady => ("Steady", None),
            TodayBasis::Trend { .. } => ("Trend", None),
            TodayBasis::Rate {
                calibrated_to: Some(wave),
            } if project.surveys.iter().any(|w| &w.id == wave) => {
                ("Calibrated", Some(wave.clone()))
            }
            TodayBasis::Rate { .. } => ("AssumedRate", None),
        };
        let growth = project.settings.today.held_growth();
        let years_per_period = f64::from(project.settings.period.months()) / 12.0;
        let paying: Vec<f64> = baseline
            .periods
            .iter()
            .map(|p| p.customers.paying())
            .collect();
        let start = paying.first().copied().unwrap_or(0.0);
        let end = paying.last().copied().unwrap_or(0.0);
        let mut largest: f64 = 0.0;
        for (t, &now) in paying.iter().enumerate() {
            let t = t as f64;
            let held = start * (1.0 + growth.unwrap_or(0.0)).powf(t * years_per_period);
            if held > 0.0 {
                let change = now / held - 1.0;
                if change.abs() > largest.abs() {
                    largest = change;
                }
            }
        }
        let (new_per_period, lost_per_period) = mean_flows(
            baseline
                .periods
                .iter()
                .map(|p| (p.customers.paying(), p.entered_new)),
        );
        TodaySummary {
            basis,
            growth_per_year: growth,
            calibrated_to,
            customers_start: start,
            customers_end: end,
            horizon_periods: baseline.horizon_periods,
            largest_change: largest,
            new_per_period,
            lost_per_period,
            prospects_run_out: plan
                .and_then(|plan| plan.personas.iter().filter_map(|p| p.short_from).min()),
        }
    }
}

impl TodaySummary {
    /// One sentence on which Today is in force and how its customers move, in `lang`, e.g.
    /// "Today is kept steady: 18 new customers a month make up for 18 lost." `wave` is the
    /// label of the wave calibrated to.
    pub fn sentence(&self, period: Period, wave: Option<&str>, lang: Lang) -> String {
        let per = match period {
            Period::Month => t("a month", "per maand"),
            Period::Quarter => t("a quarter", "per kwartaal"),
            Period::Year => t("a year", "per jaar"),
        }
        .get(lang);
        let count = |x: f64| grouped(x, if x.abs() < 10.0 { 1 } else { 0 }, lang);
        let flows = [
            ("new", count(self.new_per_period)),
            ("lost", count(self.lost_per_period)),
            ("per", per.to_string()),
            ("start", grouped(self.customers_start, 0, lang)),
            ("end", grouped(self.customers_end, 0, lang)),
            (
                "growth",
                signed(100.0 * self.growth_per_year.unwrap_or(0.0), 1, lang) + " %",
            ),
            ("wave", wave.unwrap_or_default().to_string()),
        ];
        let flows: Vec<(&str, &dyn std::fmt::Display)> = flows
            .iter()
            .map(|(k, v)| (*k, v as &dyn std::fmt::Display))
            .collect();
        let balanced = (self.new_per_period - self.lost_per_period).abs()
            <= 0.01 * self.lost_per_period.abs().max(1e-9);
        let main = match self.basis {
            "Steady" if !balanced => t(
                "Today is kept steady at the customers entered as far as it can be: {new} new \
                 customers {per} against {lost} lost, from {start} to {end} customers.",
                "Vandaag blijft zo goed als het kan gelijk aan de ingevoerde klanten: {new} nieuwe \
                 klanten {per} tegen {lost} verloren, van {start} naar {end} klanten.",
            ),
            "Steady" => t(
                "Today is kept steady at the customers entered: {new} new customers {per} make up \
                 for {lost} lost.",
                "Vandaag blijft gelijk aan de ingevoerde klanten: {new} nieuwe klanten {per} maken \
                 {lost} verloren klanten goed.",
            ),
            "Trend" => t(
                "Today follows the stated trend of {growth} a year: {new} new customers {per} \
                 against {lost} lost, from {start} to {end} customers.",
                "Vandaag volgt de opgegeven trend van {growth} per jaar: {new} nieuwe klanten {per} \
                 tegen {lost} verloren, van {start} naar {end} klanten.",
            ),
            "Calibrated" => t(
                "Today follows the rate of new customers calibrated to {wave}: {new} new customers \
                 {per} against {lost} lost, from {start} to {end} customers.",
                "Vandaag volgt het tempo van nieuwe klanten gekalibreerd op {wave}: {new} nieuwe \
                 klanten {per} tegen {lost} verloren, van {start} naar {end} klanten.",
            ),
            _ => t(
                "Today follows the assumed rate of new customers: {new} new customers {per} \
                 against {lost} lost, from {start} to {end} customers.",
                "Vandaag volgt het aangenomen tempo van nieuwe klanten: {new} nieuwe klanten {per} \
                 tegen {lost} verloren, van {start} naar {end} klanten.",
            ),
        };
        let mut text = main.fill_from(lang, &flows);
        if let Some(period) = self.prospects_run_out {
            let short = t(
                " From period {period} on, too few prospects are left to hold it.",
                " Vanaf periode {period} zijn er te weinig prospects over om dat vol te houden.",
            );
            text.push_str(&short.fill(lang, &[("period", &period.to_string())]));
        }
        text
    }
}
