//! Each experience after a scenario's initiatives, as the model runs on it: the numbers the
//! emotion curves draw dashed, so a room sees what an initiative does to the journey.

use super::chance::adjusted_experience;
use super::prepared::{carried_out, change_for};
use crate::model::{Effect, Experience, Project, Scenario, Touchpoint};
use std::collections::HashMap;

/// The effects a scenario's initiatives have, by touchpoint id.
pub struct ScenarioChanges<'a> {
    by_touchpoint: HashMap<&'a str, Vec<&'a Effect>>,
}

impl<'a> ScenarioChanges<'a> {
    /// The changes `scenario` makes to `project`'s touchpoints (its initiatives that exist,
    /// each once, in its order: what the engine carries out).
    pub fn new(project: &'a Project, scenario: &Scenario) -> Self {
        let mut by_touchpoint: HashMap<&str, Vec<&Effect>> = HashMap::new();
        for initiative in carried_out(project, scenario) {
            for effect in &initiative.effects {
                by_touchpoint
                    .entry(effect.touchpoint.as_str())
                    .or_default()
                    .push(effect);
            }
        }
        ScenarioChanges { by_touchpoint }
    }

    /// Score and effort of `experience` (of `touchpoint`) after the initiatives, clamped as
    /// the engine does; unchanged (but made safe) when no initiative touches it.
    pub fn after(&self, touchpoint: &Touchpoint, experience: &Experience) -> (f64, f64) {
        let (score_change, effort_change) = self
            .by_touchpoint
            .get(touchpoint.id.as_str())
            .and_then(|effects| change_for(effects, &experience.persona))
            .unwrap_or((0.0, 0.0));
        adjusted_experience(
            experience.score,
            experience.effort,
            score_change,
            effort_change,
        )
    }

    /// Whether any initiative of the scenario changes `touchpoint`.
    pub fn touches(&self, touchpoint: &Touchpoint) -> bool {
        self.by_touchpoint.contains_key(touchpoint.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scenario_raises_the_scores_its_initiatives_touch_and_leaves_the_rest() {
        let project = crate::store::embedded_sample().expect("sample");
        let scenario = project
            .scenarios
            .iter()
            .find(|s| !s.initiatives.is_empty())
            .expect("a scenario with initiatives");
        let changes = ScenarioChanges::new(&project, scenario);
        let mut touched = 0;
        for touchpoint in &project.touchpoints {
            for experience in &touchpoint.experiences {
                let (score, _) = changes.after(touchpoint, experience);
                if changes.touches(touchpoint) {
                    touched += usize::from(score != experience.score);
                } else {
                    assert_eq!(score, experience.score.clamp(-5.0, 5.0));
                }
            }
        }
        assert!(touched > 0, "some experience changes");
    }
}
