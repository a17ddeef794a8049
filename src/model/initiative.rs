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
    /// One-off cost in the first period, in the project currency.
    #[serde(default)]
    pub one_off_cost: f64,
    /// Running cost per model period, in the project currency.
    #[serde(default)]
    pub cost_per_period: f64,
    /// Changes to touchpoints.
    #[serde(default)]
    pub effects: Vec<Effect>,
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
