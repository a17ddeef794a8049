//! Initiatives (seeds 002, 003): improvements with a cost and effects on touchpoints.

use super::Id;
use serde::{Deserialize, Serialize};

/// An improvement the team could make, with what it costs and what it changes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    /// Stable id, e.g. `i-chatbot`.
    pub id: Id,
    /// Display name.
    pub name: String,
    /// What the team will do.
    #[serde(default)]
    pub description: String,
    /// The strategy or emotional trigger it belongs to.
    #[serde(default)]
    pub kind: InitiativeKind,
    /// One-off cost, in the project currency, counted in the period the initiative starts.
    #[serde(default)]
    pub one_off_cost: f64,
    /// Running cost per model period, in the project currency, from the period it starts.
    #[serde(default)]
    pub cost_per_period: f64,
    /// Changes to touchpoints.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// The model period in which it starts, counted from 0 (the first period of a run).
    /// Before it the initiative has no effect and costs nothing.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_period: u32,
    /// Periods until it works at full strength; 0 (or 1) means full effect from its start.
    /// In the k-th period after its start (k = 0, 1, …) its effects apply with the fraction
    /// min(1, (k + 1) / ramp_periods): a ramp of 3 gives ⅓, ⅔, then all of it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub ramp_periods: u32,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

/// Longest ramp and latest start accepted (the engine's longest horizon).
pub const MAX_START_OR_RAMP: u32 = crate::model::scenario::MAX_HORIZON_PERIODS;

impl Initiative {
    /// The share of its effects the initiative has in model period `period` (0 = the first
    /// period of a run): 0 before [`start_period`](Self::start_period), then
    /// min(1, (k + 1) / ramp_periods) in the k-th period after the start (1 without a ramp).
    /// A ramp of 3 gives ⅓, ⅔, 1, 1, …
    pub fn effect_fraction(&self, period: u32) -> f64 {
        if period < self.start_period {
            return 0.0;
        }
        let k = period - self.start_period;
        if self.ramp_periods <= 1 || k + 1 >= self.ramp_periods {
            1.0
        } else {
            f64::from(k + 1) / f64::from(self.ramp_periods)
        }
    }

    /// Whether the initiative is at full effect from model period `period` on.
    pub fn at_full_effect(&self, period: u32) -> bool {
        self.effect_fraction(period) >= 1.0
    }

    /// The first model period in which it is at full effect.
    pub fn full_effect_period(&self) -> u32 {
        self.start_period
            .saturating_add(self.ramp_periods.max(1))
            .saturating_sub(1)
    }
}

/// Which of the seeds' strategies or emotional triggers an initiative applies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InitiativeKind {
    /// One of the seven improvement strategies (seed 003).
    Strategy(Strategy),
    /// One of the five emotional triggers (seed 002).
    Trigger(EmotionalTrigger),
    /// Neither.
    #[default]
    Other,
}

/// The seven strategies to improve CX in e-commerce (seed 003).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Strategy {
    /// Map the journey; find and fix all touchpoints.
    JourneyMapping,
    /// Surveys, sentiment analysis and other feedback tools.
    FeedbackAndSentiment,
    /// Chatbots, AI personalisation, augmented reality.
    CxTechnology,
    /// Empathy and problem-solving skills.
    TeamTraining,
    /// Continuous A/B tests.
    ContinuousAbTests,
    /// Rewards that keep customers engaged.
    LoyaltyProgramme,
    /// Content tailored to segments.
    TailoredContent,
}

impl Strategy {
    /// All seven, in the seed's order.
    pub const ALL: [Strategy; 7] = [
        Strategy::JourneyMapping,
        Strategy::FeedbackAndSentiment,
        Strategy::CxTechnology,
        Strategy::TeamTraining,
        Strategy::ContinuousAbTests,
        Strategy::LoyaltyProgramme,
        Strategy::TailoredContent,
    ];
}

/// The five emotional triggers (seed 002).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EmotionalTrigger {
    /// Stimulate the senses.
    StimulateSenses,
    /// Turn disappointment into delight.
    DisappointmentIntoDelight,
    /// Plan to surprise people.
    PlanSurprises,
    /// Tell compelling stories.
    TellStories,
    /// Run controlled experiments.
    ControlledExperiments,
}

impl EmotionalTrigger {
    /// All five, in the seed's order.
    pub const ALL: [EmotionalTrigger; 5] = [
        EmotionalTrigger::StimulateSenses,
        EmotionalTrigger::DisappointmentIntoDelight,
        EmotionalTrigger::PlanSurprises,
        EmotionalTrigger::TellStories,
        EmotionalTrigger::ControlledExperiments,
    ];
}

/// A change an initiative makes to one touchpoint, for all personas or some.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// The touchpoint changed.
    pub touchpoint: Id,
    /// The personas it applies to; empty means all.
    #[serde(default)]
    pub personas: Vec<Id>,
    /// Change of the experience score (points on the −5..+5 scale; the result is clamped).
    #[serde(default)]
    pub score_change: f64,
    /// Change of the effort score (points on the 1–7 CES scale; positive is easier).
    #[serde(default)]
    pub effort_change: f64,
}

impl Effect {
    /// Whether this effect applies to `persona`.
    pub fn applies_to(&self, persona: &Id) -> bool {
        self.personas.is_empty() || self.personas.contains(persona)
    }
}
