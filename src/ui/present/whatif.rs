//! The live sliders of a presentation: assumption values tried out in front of the room on a
//! copy of the project (never the open file), with their own results, until the presenter
//! keeps them as a new scenario or discards them.

use crate::context::Results;
use crate::engine::assumption_range;
use crate::model::catalog::assumption_info;
use crate::model::{Assumption, AssumptionKey, Project};
use std::collections::BTreeMap;

/// Assumption values tried out while presenting, and the copy of the project they make.
#[derive(Default)]
pub struct WhatIf {
    values: BTreeMap<AssumptionKey, f64>,
    copy: Option<Project>,
    results: Results,
    revision: u64,
}

impl WhatIf {
    /// Whether any slider moved away from the project's value.
    pub fn is_changed(&self) -> bool {
        !self.values.is_empty()
    }

    /// The values tried, in [`AssumptionKey::ALL`] order.
    pub fn values(&self) -> Vec<(AssumptionKey, f64)> {
        self.values.iter().map(|(k, v)| (*k, *v)).collect()
    }

    /// The value of `key` shown on a slider: the tried one, else the project's.
    pub fn value(&self, project: &Project, key: AssumptionKey) -> f64 {
        self.values
            .get(&key)
            .copied()
            .unwrap_or_else(|| project_value(project, key))
    }

    /// Sets `key` to `value` on the copy of `project`; back to the project's value forgets it.
    pub fn set(&mut self, project: &Project, key: AssumptionKey, value: f64) {
        if value == project_value(project, key) {
            self.values.remove(&key);
        } else {
            self.values.insert(key, value);
        }
        self.copy = (!self.values.is_empty()).then(|| with_values(project, &self.values));
        self.revision += 1;
        self.results.set_revision(self.revision);
    }

    /// Moves whenever a value is tried: what was drawn from the copy is out of date.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Forgets every tried value.
    pub fn discard(&mut self) {
        *self = WhatIf::default();
    }

    /// The project to show and its results: the copy with the tried values when there are
    /// any, else the open project with the app's results.
    pub fn inputs<'a>(
        &'a mut self,
        project: &'a Project,
        app_results: &'a mut Results,
    ) -> (&'a Project, &'a mut Results) {
        match &self.copy {
            Some(copy) => (copy, &mut self.results),
            None => (project, app_results),
        }
    }
}

/// The project's value of `key` (the catalog's default where the project has no row).
pub fn project_value(project: &Project, key: AssumptionKey) -> f64 {
    project
        .assumption(key)
        .map_or(assumption_info(key).value, |a| a.value)
}

/// The range a slider for `key` spans: the plausible range, widened to hold the project's value.
pub fn slider_range(project: &Project, key: AssumptionKey) -> (f64, f64) {
    let (low, high) = assumption_range(project, key);
    let value = project_value(project, key);
    let (min, max) = assumption_info(key).bounds;
    (low.min(value).max(min), high.max(value).min(max))
}

/// A copy of `project` where each assumption in `values` has that value for the baseline and
/// for every scenario (a scenario's own value of it included): what the room asked about.
pub fn with_values(project: &Project, values: &BTreeMap<AssumptionKey, f64>) -> Project {
    let mut copy = project.clone();
    for (&key, &value) in values {
        match copy.assumptions.iter_mut().find(|a| a.key == key) {
            Some(row) => row.value = value,
            None => {
                let info = assumption_info(key);
                copy.assumptions.push(Assumption {
                    key,
                    value,
                    low: info.low,
                    high: info.high,
                    source: String::new(),
                });
            }
        }
        for scenario in &mut copy.scenarios {
            for o in scenario.overrides.iter_mut().filter(|o| o.key == key) {
                o.value = value;
            }
        }
    }
    copy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tried_values_change_a_copy_and_moving_back_forgets_them() {
        let project = crate::store::embedded_sample().expect("sample");
        let key = AssumptionKey::ChurnAfterNegative;
        let before = project_value(&project, key);
        let mut whatif = WhatIf::default();
        let mut results = Results::default();
        whatif.set(&project, key, before + 0.1);
        assert!(whatif.is_changed());
        {
            let (shown, _) = whatif.inputs(&project, &mut results);
            assert!((project_value(shown, key) - (before + 0.1)).abs() < 1e-12);
        }
        assert_eq!(
            project_value(&project, key),
            before,
            "the open project is untouched"
        );
        whatif.set(&project, key, before);
        assert!(!whatif.is_changed());
        let (shown, _) = whatif.inputs(&project, &mut results);
        assert!(std::ptr::eq(shown, &project));
    }

    #[test]
    fn a_scenario_own_value_follows_the_slider() {
        let mut project = crate::store::embedded_sample().expect("sample");
        let key = AssumptionKey::DelightToActive;
        project.scenarios[0]
            .overrides
            .push(crate::model::AssumptionOverride { key, value: 0.01 });
        let copy = with_values(&project, &BTreeMap::from([(key, 0.4)]));
        assert_eq!(copy.scenarios[0].override_of(key), Some(0.4));
        assert_eq!(project_value(&copy, key), 0.4);
    }
}
