//! Structural edits of the project's lists of initiatives and scenarios (add, duplicate,
//! delete, reorder), applied once per frame so each is an undo step of its own. Deleting an
//! item also removes every reference to it, so the project stays valid.

use super::{Action, WorkbenchApp};
use crate::i18n::{Lang, tr};
use crate::model::{Id, Initiative, Scenario, SlideContent};

/// Moves the item with `id` one place up (`step` −1) or down (1).
pub fn move_item<T>(list: &mut [T], id_of: impl Fn(&T) -> &Id, id: &Id, step: isize) {
    if let Some(index) = list.iter().position(|item| id_of(item) == id) {
        let target = index as isize + step;
        if target >= 0 && (target as usize) < list.len() {
            list.swap(index, target as usize);
        }
    }
}

/// Applies an initiative or scenario action.
pub fn apply(app: &mut WorkbenchApp, action: Action, lang: Lang) {
    let project = &mut app.doc.project;
    match action {
        Action::AddInitiative => {
            let name = tr::NEW_INITIATIVE_NAME.get(lang);
            let id = Id::generate("i", name, project.initiatives.iter().map(|i| &i.id));
            let at = position(
                &project.initiatives,
                |i| &i.id,
                app.ui.initiatives.selected.as_ref(),
            )
            .map_or(project.initiatives.len(), |i| i + 1);
            project.initiatives.insert(
                at,
                Initiative {
                    id: id.clone(),
                    name: name.to_string(),
                    ..Initiative::default()
                },
            );
            app.ui.initiatives.selected = Some(id);
            app.ui.initiatives.focus_name = true;
        }
        Action::DuplicateInitiative(id) => {
            let Some(index) = project.initiatives.iter().position(|i| i.id == id) else {
                return;
            };
            let mut copy = project.initiatives[index].clone();
            copy.name = format!("{} {}", copy.name, tr::COPY_SUFFIX.get(lang));
            copy.id = Id::generate("i", &copy.name, project.initiatives.iter().map(|i| &i.id));
            app.ui.initiatives.selected = Some(copy.id.clone());
            project.initiatives.insert(index + 1, copy);
        }
        Action::DeleteInitiative(id) => {
            let Some(index) = project.initiatives.iter().position(|i| i.id == id) else {
                return;
            };
            project.initiatives.remove(index);
            for scenario in &mut project.scenarios {
                scenario.initiatives.retain(|i| *i != id);
            }
            let next = index.min(project.initiatives.len().saturating_sub(1));
            app.ui.initiatives.selected = project.initiatives.get(next).map(|i| i.id.clone());
            app.toasts.info(tr::DELETE_INITIATIVE_DONE.get(lang));
        }
        Action::MoveInitiative(id, step) => {
            move_item(&mut project.initiatives, |i| &i.id, &id, step);
        }
        Action::AddScenario => {
            let name = tr::NEW_SCENARIO_NAME.get(lang);
            let id = Id::generate("sc", name, project.scenarios.iter().map(|s| &s.id));
            let at = position(
                &project.scenarios,
                |s| &s.id,
                app.ui.scenarios.selected.as_ref(),
            )
            .map_or(project.scenarios.len(), |i| i + 1);
            project.scenarios.insert(
                at,
                Scenario {
                    id: id.clone(),
                    name: name.to_string(),
                    horizon_periods: crate::model::scenario::DEFAULT_HORIZON_PERIODS,
                    ..Scenario::default()
                },
            );
            app.ui.scenarios.selected = Some(id);
            app.ui.scenarios.focus_name = true;
            // A new scenario is set up first: name, initiatives, assumptions.
            app.ui.scenarios.tab = crate::ui::scenarios::ScenarioTab::Setup;
        }
        Action::DuplicateScenario(id) => {
            let Some(index) = project.scenarios.iter().position(|s| s.id == id) else {
                return;
            };
            let mut copy = project.scenarios[index].clone();
            copy.name = format!("{} {}", copy.name, tr::COPY_SUFFIX.get(lang));
            copy.id = Id::generate("sc", &copy.name, project.scenarios.iter().map(|s| &s.id));
            app.ui.scenarios.selected = Some(copy.id.clone());
            project.scenarios.insert(index + 1, copy);
        }
        Action::DeleteScenario(id) => {
            let Some(index) = project.scenarios.iter().position(|s| s.id == id) else {
                return;
            };
            project.scenarios.remove(index);
            for slide in &mut project.slides {
                if let SlideContent::Plot(spec) = &mut slide.content
                    && spec.scenario.as_ref() == Some(&id)
                {
                    spec.scenario = None;
                }
            }
            let next = index.min(project.scenarios.len().saturating_sub(1));
            app.ui.scenarios.selected = project.scenarios.get(next).map(|s| s.id.clone());
            app.toasts.info(tr::DELETE_SCENARIO_DONE.get(lang));
        }
        Action::MoveScenario(id, step) => {
            move_item(&mut project.scenarios, |s| &s.id, &id, step);
        }
        _ => {}
    }
}

fn position<T>(list: &[T], id_of: impl Fn(&T) -> &Id, selected: Option<&Id>) -> Option<usize> {
    let selected = selected?;
    list.iter().position(|item| id_of(item) == selected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_stops_at_the_ends() {
        let mut ids = vec![Id::from("a"), Id::from("b"), Id::from("c")];
        move_item(&mut ids, |x| x, &Id::from("a"), -1);
        assert_eq!(ids, [Id::from("a"), Id::from("b"), Id::from("c")]);
        move_item(&mut ids, |x| x, &Id::from("a"), 1);
        move_item(&mut ids, |x| x, &Id::from("c"), 1);
        assert_eq!(ids, [Id::from("b"), Id::from("a"), Id::from("c")]);
    }
}
