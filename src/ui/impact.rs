//! What an initiative changes, as plain data: which touchpoints and personas, with each
//! experience's score and effort before and after, clamped exactly as the engine clamps them.
//! No drawing here ([`super::touches`] draws it), so it can be tested on its own.

use crate::engine::adjusted_experience;
use crate::i18n::{Lang, Text, numbers, tr};
use crate::model::{Effect, Id, Persona, Stage, Touchpoint};

/// The parts of the project that effects refer to, read-only.
#[derive(Clone, Copy)]
pub struct Journey<'a> {
    /// Stages in journey order.
    pub stages: &'a [Stage],
    /// Touchpoints in the project's order.
    pub touchpoints: &'a [Touchpoint],
    /// Personas in the project's order.
    pub personas: &'a [Persona],
}

/// A touchpoint with its stage (`None` when the stage is unknown).
pub type Placed<'a> = (Option<&'a Stage>, &'a Touchpoint);

impl<'a> Journey<'a> {
    /// The touchpoints in journey order: stage by stage, and within a stage in the project's
    /// order; touchpoints whose stage does not exist come last.
    pub fn in_journey_order(&self) -> Vec<Placed<'a>> {
        let mut placed: Vec<Placed<'a>> = Vec::with_capacity(self.touchpoints.len());
        for stage in self.stages {
            placed.extend(
                self.touchpoints
                    .iter()
                    .filter(|t| t.stage == stage.id)
                    .map(|t| (Some(stage), t)),
            );
        }
        placed.extend(
            self.touchpoints
                .iter()
                .filter(|t| !self.stages.iter().any(|s| s.id == t.stage))
                .map(|t| (None, t)),
        );
        placed
    }

    /// The touchpoint with `id`.
    pub fn touchpoint(&self, id: &Id) -> Option<&'a Touchpoint> {
        self.touchpoints.iter().find(|t| &t.id == id)
    }

    /// The stage of `touchpoint`, if it exists.
    pub fn stage_of(&self, touchpoint: &Touchpoint) -> Option<&'a Stage> {
        self.stages.iter().find(|s| s.id == touchpoint.stage)
    }
}

/// "Stage › Touchpoint", as the picker and the summary show it.
pub fn placed_name(stage: Option<&Stage>, touchpoint: &Touchpoint, lang: Lang) -> String {
    let stage = stage.map_or(tr::NO_STAGE.get(lang), |s| s.name.as_str());
    format!("{stage} › {}", display_name(&touchpoint.name))
}

/// A name, or "—" when it is blank.
pub fn display_name(name: &str) -> &str {
    if name.trim().is_empty() { "—" } else { name }
}

/// Marks an improvement (with its + sign, so colour is never the only cue).
pub const UP: &str = "⏶";

/// Marks a worsening.
pub const DOWN: &str = "⏷";

/// Between a number before and after ("−1.5 ➡ +0.5"); in the bundled fonts, unlike "→".
pub const BECOMES: &str = "➡";

/// What an initiative changes, touchpoint by touchpoint in journey order.
pub struct Impact<'a> {
    /// The touchpoints its effects name that exist.
    pub touchpoints: Vec<TouchedTouchpoint<'a>>,
    /// Touchpoint ids its effects name that do not exist (each once).
    pub missing: Vec<&'a Id>,
}

/// One touchpoint an initiative changes.
pub struct TouchedTouchpoint<'a> {
    /// The touchpoint.
    pub touchpoint: &'a Touchpoint,
    /// Its stage, if it exists.
    pub stage: Option<&'a Stage>,
    /// The experiences that change, in persona order.
    pub changes: Vec<ExperienceChange<'a>>,
    /// Personas an effect applies to who do not use the touchpoint, so nothing changes.
    pub not_used_by: Vec<&'a Persona>,
}

/// How one persona's experience of one touchpoint changes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExperienceChange<'a> {
    /// The persona.
    pub persona: &'a Persona,
    /// Score before (as the model reads it: finite, within −5..+5).
    pub score_before: f64,
    /// Score after the initiative's effects, clamped into −5..+5.
    pub score_after: f64,
    /// Effort (CES) before, within 1..7.
    pub effort_before: f64,
    /// Effort after, clamped into 1..7.
    pub effort_after: f64,
    /// The summed changes asked for; they differ from after − before at a scale's end.
    pub score_change: f64,
    /// The summed effort change asked for.
    pub effort_change: f64,
    /// Share of the persona's customers who use the touchpoint per period.
    pub reach: f64,
}

/// Whether an experience gets better, worse, both or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Score or effort better, nothing worse.
    Better,
    /// Score or effort worse, nothing better.
    Worse,
    /// One better, the other worse.
    Mixed,
    /// Nothing changes (zero changes, or already at the end of the scale).
    Unchanged,
}

impl ExperienceChange<'_> {
    /// The score's actual change after clamping.
    pub fn score_delta(&self) -> f64 {
        self.score_after - self.score_before
    }

    /// The effort's actual change after clamping (positive is easier).
    pub fn effort_delta(&self) -> f64 {
        self.effort_after - self.effort_before
    }

    /// Better, worse, mixed or unchanged.
    pub fn verdict(&self) -> Verdict {
        let (score, effort) = (self.score_delta(), self.effort_delta());
        let better = score > 0.0 || effort > 0.0;
        let worse = score < 0.0 || effort < 0.0;
        match (better, worse) {
            (true, false) => Verdict::Better,
            (false, true) => Verdict::Worse,
            (true, true) => Verdict::Mixed,
            (false, false) => Verdict::Unchanged,
        }
    }
}

/// Computes what `effects` change: per touchpoint and persona, the effects that apply are
/// summed and added to the experience, then clamped ([`adjusted_experience`], as the engine
/// does). Personas without an experience of the touchpoint do not use it: nothing changes.
pub fn impact<'a>(journey: &Journey<'a>, effects: &'a [Effect]) -> Impact<'a> {
    let mut missing: Vec<&'a Id> = Vec::new();
    for effect in effects {
        if journey.touchpoint(&effect.touchpoint).is_none()
            && !missing.contains(&&effect.touchpoint)
        {
            missing.push(&effect.touchpoint);
        }
    }
    let touchpoints = journey
        .in_journey_order()
        .into_iter()
        .filter(|(_, t)| effects.iter().any(|e| e.touchpoint == t.id))
        .map(|(stage, touchpoint)| touched(journey, effects, stage, touchpoint))
        .collect();
    Impact {
        touchpoints,
        missing,
    }
}

fn touched<'a>(
    journey: &Journey<'a>,
    effects: &[Effect],
    stage: Option<&'a Stage>,
    touchpoint: &'a Touchpoint,
) -> TouchedTouchpoint<'a> {
    let mut changes = Vec::new();
    let mut not_used_by = Vec::new();
    for persona in journey.personas {
        let mut applies = false;
        let (mut score_change, mut effort_change) = (0.0, 0.0);
        for effect in effects
            .iter()
            .filter(|e| e.touchpoint == touchpoint.id && e.applies_to(&persona.id))
        {
            applies = true;
            score_change += finite(effect.score_change);
            effort_change += finite(effect.effort_change);
        }
        if !applies {
            continue;
        }
        let Some(experience) = touchpoint.experience_of(&persona.id) else {
            not_used_by.push(persona);
            continue;
        };
        let (score_before, effort_before) =
            adjusted_experience(experience.score, experience.effort, 0.0, 0.0);
        let (score_after, effort_after) = adjusted_experience(
            experience.score,
            experience.effort,
            score_change,
            effort_change,
        );
        changes.push(ExperienceChange {
            persona,
            score_before,
            score_after,
            effort_before,
            effort_after,
            score_change,
            effort_change,
            reach: finite(experience.reach).clamp(0.0, 1.0),
        });
    }
    TouchedTouchpoint {
        touchpoint,
        stage,
        changes,
        not_used_by,
    }
}

fn finite(value: f64) -> f64 {
    if value.is_finite() { value } else { 0.0 }
}

/// `n` with the singular or plural word: "1 touchpoint", "3 touchpoints".
fn count(n: usize, one: Text, many: Text, lang: Lang) -> String {
    let word = if n == 1 { one } else { many };
    format!("{n} {}", word.get(lang))
}

/// The one-line summary: "Changes 3 touchpoints for 6 personas: 14 experiences better, 2 worse."
pub fn summary(impact: &Impact, lang: Lang) -> String {
    let changes = impact.touchpoints.iter().flat_map(|t| t.changes.iter());
    let mut personas: Vec<&Id> = Vec::new();
    let (mut better, mut worse, mut mixed) = (0, 0, 0);
    for change in changes {
        if !personas.contains(&&change.persona.id) {
            personas.push(&change.persona.id);
        }
        match change.verdict() {
            Verdict::Better => better += 1,
            Verdict::Worse => worse += 1,
            Verdict::Mixed => mixed += 1,
            Verdict::Unchanged => {}
        }
    }
    let mut parts = Vec::new();
    if better > 0 {
        parts.push(format!(
            "{} {}",
            count(better, tr::EXPERIENCE_ONE, tr::EXPERIENCE_MANY, lang),
            tr::BETTER.get(lang)
        ));
    }
    if worse > 0 {
        parts.push(format!("{worse} {}", tr::WORSE.get(lang)));
    }
    if mixed > 0 {
        parts.push(format!("{mixed} {}", tr::MIXED.get(lang)));
    }
    let mut text = format!(
        "{} {} {} {}",
        tr::CHANGES.get(lang),
        count(
            impact.touchpoints.len(),
            tr::TOUCHPOINT_ONE,
            tr::TOUCHPOINT_MANY,
            lang
        ),
        tr::FOR.get(lang),
        count(personas.len(), tr::PERSONA_ONE, tr::PERSONA_MANY, lang),
    );
    if !parts.is_empty() {
        text.push_str(": ");
        text.push_str(&parts.join(", "));
    }
    text.push('.');
    text
}

/// "−1.5 ➡ +0.5": a score before and after, signed.
pub fn score_transition(change: &ExperienceChange, lang: Lang) -> String {
    format!(
        "{} {BECOMES} {}",
        numbers::signed(change.score_before, 1, lang),
        numbers::signed(change.score_after, 1, lang)
    )
}

/// "3.0 ➡ 4.5": an effort before and after.
pub fn effort_transition(change: &ExperienceChange, lang: Lang) -> String {
    format!(
        "{} {BECOMES} {}",
        numbers::grouped(change.effort_before, 1, lang),
        numbers::grouped(change.effort_after, 1, lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Experience;

    #[test]
    fn effects_add_up_and_are_clamped_like_the_engine() {
        let personas = [
            Persona {
                id: Id::from("p-a"),
                name: "A".into(),
                ..Persona::default()
            },
            Persona {
                id: Id::from("p-b"),
                name: "B".into(),
                ..Persona::default()
            },
        ];
        let stages = [Stage {
            id: Id::from("s-1"),
            name: "One".into(),
            description: String::new(),
        }];
        let touchpoints = [Touchpoint {
            id: Id::from("tp-x"),
            name: "X".into(),
            stage: Id::from("s-1"),
            experiences: vec![Experience {
                persona: Id::from("p-a"),
                score: 4.0,
                effort: 2.0,
                reach: 0.5,
                reach_is_default: false,
            }],
            ..Touchpoint::default()
        }];
        let journey = Journey {
            stages: &stages,
            touchpoints: &touchpoints,
            personas: &personas,
        };
        let effects = [
            Effect {
                touchpoint: Id::from("tp-x"),
                personas: Vec::new(),
                score_change: 1.5,
                effort_change: 1.0,
            },
            Effect {
                touchpoint: Id::from("tp-x"),
                personas: vec![Id::from("p-a")],
                score_change: 0.5,
                effort_change: -0.5,
            },
            Effect {
                touchpoint: Id::from("tp-gone"),
                ..Effect::default()
            },
        ];
        let impact = impact(&journey, &effects);
        assert_eq!(impact.missing, [&Id::from("tp-gone")]);
        let touched = &impact.touchpoints[0];
        assert_eq!(touched.not_used_by.len(), 1, "B does not use X");
        let change = touched.changes[0];
        assert_eq!((change.score_after, change.effort_after), (5.0, 2.5));
        assert_eq!(change.score_change, 2.0);
        assert_eq!(change.verdict(), Verdict::Better);
        assert_eq!(score_transition(&change, Lang::Nl), "+4,0 ➡ +5,0");
        assert_eq!(
            summary(&impact, Lang::En),
            "Changes 1 touchpoint for 1 persona: 1 experience better."
        );
    }
}
