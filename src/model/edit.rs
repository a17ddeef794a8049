//! Structural edits of every list in the project — add, duplicate, delete, move — in one
//! implementation. Deleting an item removes every reference to it, so the project stays
//! valid: a deleted persona leaves no experiences, initiative targets, survey or slide
//! references behind; a deleted initiative leaves no scenario reference; a deleted stage
//! takes its touchpoints with it, or gives them to another stage. Touchpoints also move
//! between stages (drag and drop).

use super::{
    Id, Initiative, Persona, Project, Scenario, Slide, SlideContent, Stage, SurveyWave, Target,
    Touchpoint,
};

/// A list of the project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// Personas.
    Personas,
    /// Journey stages.
    Stages,
    /// Touchpoints (moved within their stage).
    Touchpoints,
    /// Initiatives.
    Initiatives,
    /// Scenarios.
    Scenarios,
    /// Slides of the deck.
    Slides,
    /// Survey waves.
    Surveys,
}

impl ListKind {
    /// Every list.
    pub const ALL: [ListKind; 7] = [
        ListKind::Personas,
        ListKind::Stages,
        ListKind::Touchpoints,
        ListKind::Initiatives,
        ListKind::Scenarios,
        ListKind::Slides,
        ListKind::Surveys,
    ];

    /// The list a project file calls `name` (`"touchpoints"`).
    pub fn named(name: &str) -> Option<ListKind> {
        Some(match name {
            "personas" => ListKind::Personas,
            "stages" => ListKind::Stages,
            "touchpoints" => ListKind::Touchpoints,
            "initiatives" => ListKind::Initiatives,
            "scenarios" => ListKind::Scenarios,
            "slides" => ListKind::Slides,
            "surveys" => ListKind::Surveys,
            _ => return None,
        })
    }
}

/// What a link to the item `id` of the list `kind` points at.
pub fn target(kind: ListKind, id: Id) -> Target {
    match kind {
        ListKind::Personas => Target::Persona(id),
        ListKind::Stages => Target::Stage(id),
        ListKind::Touchpoints => Target::Touchpoint(id),
        ListKind::Initiatives => Target::Initiative(id),
        ListKind::Scenarios => Target::Scenario(id),
        ListKind::Slides => Target::Slide(id),
        ListKind::Surveys => Target::Survey(id),
    }
}

/// One structural edit of a list.
#[derive(Clone, Debug, PartialEq)]
pub enum ListEdit {
    /// A new item named `name`, after the item `after` (at the end without one). A new
    /// touchpoint goes into `stage`, else the stage of `after`, else the first stage.
    Add {
        /// Its name.
        name: String,
        /// The item it follows.
        after: Option<Id>,
        /// The stage of a new touchpoint.
        stage: Option<Id>,
    },
    /// A copy of the item, right after it, its name followed by `suffix`.
    Duplicate {
        /// The item copied.
        id: Id,
        /// Added to the copy's name ("(copy)").
        suffix: String,
    },
    /// Remove the item and every reference to it.
    Delete(Id),
    /// Move the item one place up (`-1`) or down (`1`).
    Move(Id, isize),
    /// Delete the stage `stage` but keep its touchpoints: they go to the end of the stage
    /// `to`, in their order.
    DeleteStageKeeping {
        /// The stage deleted.
        stage: Id,
        /// Where its touchpoints go.
        to: Id,
    },
    /// Put the touchpoint `id` in `stage`, before the touchpoint `before` (at the end of the
    /// stage without one): a drag and drop on the map.
    Place {
        /// The touchpoint.
        id: Id,
        /// Its stage afterwards.
        stage: Id,
        /// The touchpoint it goes before.
        before: Option<Id>,
    },
}

/// What an edit did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// The item to select afterwards (the new one, the copy, the deleted one's neighbour).
    pub select: Option<Id>,
    /// Whether a new item was made (its name is worth editing first).
    pub added: bool,
    /// Touchpoints deleted along with a stage.
    pub touchpoints_removed: usize,
}

/// What every list item has.
trait Item: Clone + Default {
    /// Start of generated ids (`p-…`).
    const PREFIX: &'static str;
    fn id(&self) -> &Id;
    fn set_id(&mut self, id: Id);
    fn name_mut(&mut self) -> &mut String;
}

macro_rules! item {
    ($type:ty, $prefix:literal, $name:ident) => {
        impl Item for $type {
            const PREFIX: &'static str = $prefix;
            fn id(&self) -> &Id {
                &self.id
            }
            fn set_id(&mut self, id: Id) {
                self.id = id;
            }
            fn name_mut(&mut self) -> &mut String {
                &mut self.$name
            }
        }
    };
}

item!(Persona, "p", name);
item!(Stage, "s", name);
item!(Touchpoint, "tp", name);
item!(Initiative, "i", name);
item!(Scenario, "sc", name);
item!(Slide, "sl", title);
item!(SurveyWave, "sv", label);

/// Applies `edit` to the list `kind`; `None` when it changes nothing (an unknown id, a move
/// past the end, a touchpoint without any stage to go in).
pub fn apply(project: &mut Project, kind: ListKind, edit: ListEdit) -> Option<Outcome> {
    match edit {
        ListEdit::Add { name, after, stage } => add(project, kind, name, after, stage),
        ListEdit::Duplicate { id, suffix } => duplicate(project, kind, &id, &suffix),
        ListEdit::Delete(id) => delete(project, kind, &id),
        ListEdit::Move(id, step) => move_by(project, kind, &id, step).then(Outcome::default),
        ListEdit::DeleteStageKeeping { stage, to } => {
            if stage == to || project.stage(&to).is_none() {
                return None;
            }
            let moving: Vec<Id> = project
                .touchpoints
                .iter()
                .filter(|t| t.stage == stage)
                .map(|t| t.id.clone())
                .collect();
            for id in &moving {
                place(project, id, &to, None);
            }
            delete(project, ListKind::Stages, &stage)
        }
        ListEdit::Place { id, stage, before } => {
            place(project, &id, &stage, before.as_ref()).then(|| Outcome {
                select: Some(id),
                ..Outcome::default()
            })
        }
    }
}

/// Moves the touchpoint `id` into `stage` before `before` (else at the end of the stage);
/// whether anything changed.
fn place(project: &mut Project, id: &Id, stage: &Id, before: Option<&Id>) -> bool {
    if project.stage(stage).is_none() || before == Some(id) {
        return false;
    }
    let Some(from) = project.touchpoints.iter().position(|t| &t.id == id) else {
        return false;
    };
    let old_stage = project.touchpoints[from].stage.clone();
    let mut touchpoint = project.touchpoints.remove(from);
    touchpoint.stage = stage.clone();
    let at = before
        .and_then(|b| project.touchpoints.iter().position(|t| &t.id == b))
        .or_else(|| {
            let last = project.touchpoints.iter().rposition(|t| &t.stage == stage);
            last.map(|i| i + 1)
        })
        .unwrap_or(project.touchpoints.len());
    project.touchpoints.insert(at, touchpoint);
    at != from || &old_stage != stage
}

fn add(
    project: &mut Project,
    kind: ListKind,
    name: String,
    after: Option<Id>,
    stage: Option<Id>,
) -> Option<Outcome> {
    let id = match kind {
        ListKind::Personas => insert_new(&mut project.personas, name, after.as_ref(), |_| {}),
        ListKind::Stages => insert_new(&mut project.stages, name, after.as_ref(), |_| {}),
        ListKind::Touchpoints => {
            let of_after = after
                .as_ref()
                .and_then(|id| project.touchpoint(id))
                .map(|t| t.stage.clone());
            let stage = stage
                .filter(|s| project.stages.iter().any(|x| &x.id == s))
                .or(of_after)
                .or_else(|| project.stages.first().map(|s| s.id.clone()))?;
            insert_new(&mut project.touchpoints, name, after.as_ref(), |t| {
                t.stage = stage
            })
        }
        ListKind::Initiatives => insert_new(&mut project.initiatives, name, after.as_ref(), |_| {}),
        ListKind::Scenarios => insert_new(&mut project.scenarios, name, after.as_ref(), |s| {
            s.horizon_periods = super::scenario::DEFAULT_HORIZON_PERIODS;
        }),
        ListKind::Slides => insert_new(&mut project.slides, name, after.as_ref(), |s| {
            s.content = SlideContent::Title(String::new());
        }),
        ListKind::Surveys => insert_new(&mut project.surveys, name, after.as_ref(), |_| {}),
    };
    Some(Outcome {
        select: Some(id),
        added: true,
        touchpoints_removed: 0,
    })
}

/// Inserts a default item named `name` after `after` (at the end without it); returns its id.
fn insert_new<T: Item>(
    list: &mut Vec<T>,
    name: String,
    after: Option<&Id>,
    prepare: impl FnOnce(&mut T),
) -> Id {
    let id = Id::generate(T::PREFIX, &name, list.iter().map(Item::id));
    let mut item = T::default();
    item.set_id(id.clone());
    *item.name_mut() = name;
    prepare(&mut item);
    let at = after
        .and_then(|after| list.iter().position(|x| x.id() == after))
        .map_or(list.len(), |i| i + 1);
    list.insert(at, item);
    id
}

fn duplicate(project: &mut Project, kind: ListKind, id: &Id, suffix: &str) -> Option<Outcome> {
    let copy = match kind {
        ListKind::Personas => {
            let copy = insert_copy(&mut project.personas, id, suffix)?;
            // The copy is used where the original is: the same experiences everywhere.
            for touchpoint in &mut project.touchpoints {
                if let Some(experience) = touchpoint.experience_of(id).cloned() {
                    touchpoint.experiences.push(super::Experience {
                        persona: copy.clone(),
                        ..experience
                    });
                }
            }
            copy
        }
        ListKind::Stages => insert_copy(&mut project.stages, id, suffix)?,
        ListKind::Touchpoints => insert_copy(&mut project.touchpoints, id, suffix)?,
        ListKind::Initiatives => insert_copy(&mut project.initiatives, id, suffix)?,
        ListKind::Scenarios => insert_copy(&mut project.scenarios, id, suffix)?,
        ListKind::Slides => insert_copy(&mut project.slides, id, suffix)?,
        ListKind::Surveys => insert_copy(&mut project.surveys, id, suffix)?,
    };
    Some(Outcome {
        select: Some(copy),
        added: false,
        touchpoints_removed: 0,
    })
}

/// Inserts a copy of `id` right after it, named with `suffix`; returns the copy's id.
fn insert_copy<T: Item>(list: &mut Vec<T>, id: &Id, suffix: &str) -> Option<Id> {
    let index = list.iter().position(|x| x.id() == id)?;
    let mut copy = list[index].clone();
    let name = format!("{} {suffix}", copy.name_mut()).trim().to_string();
    let new_id = Id::generate(T::PREFIX, &name, list.iter().map(Item::id));
    *copy.name_mut() = name;
    copy.set_id(new_id.clone());
    list.insert(index + 1, copy);
    Some(new_id)
}

fn delete(project: &mut Project, kind: ListKind, id: &Id) -> Option<Outcome> {
    let mut touchpoints_removed = 0;
    let select = match kind {
        ListKind::Personas => {
            let next = remove(&mut project.personas, id)?;
            forget_persona(project, id);
            next
        }
        ListKind::Stages => {
            let next = remove(&mut project.stages, id)?;
            let gone: Vec<Id> = project
                .touchpoints
                .iter()
                .filter(|t| &t.stage == id)
                .map(|t| t.id.clone())
                .collect();
            for touchpoint in &gone {
                delete(project, ListKind::Touchpoints, touchpoint);
            }
            touchpoints_removed = gone.len();
            next
        }
        ListKind::Touchpoints => {
            let next = remove(&mut project.touchpoints, id)?;
            for initiative in &mut project.initiatives {
                initiative.effects.retain(|e| &e.touchpoint != id);
            }
            next
        }
        ListKind::Initiatives => {
            let next = remove(&mut project.initiatives, id)?;
            for scenario in &mut project.scenarios {
                scenario.initiatives.retain(|i| i != id);
            }
            next
        }
        ListKind::Scenarios => {
            let next = remove(&mut project.scenarios, id)?;
            for slide in &mut project.slides {
                if let SlideContent::Plot(spec) = &mut slide.content
                    && spec.scenario.as_ref() == Some(id)
                {
                    spec.scenario = None;
                }
            }
            next
        }
        ListKind::Slides => remove(&mut project.slides, id)?,
        ListKind::Surveys => {
            // The assumptions keep the values fitted to the wave; Today keeps their rate.
            if let crate::model::TodayBasis::Rate { calibrated_to } = &mut project.settings.today
                && calibrated_to.as_ref() == Some(id)
            {
                *calibrated_to = None;
            }
            remove(&mut project.surveys, id)?
        }
    };
    Some(Outcome {
        select,
        added: false,
        touchpoints_removed,
    })
}

/// Removes `id`; returns the item now in its place (or the new last one).
fn remove<T: Item>(list: &mut Vec<T>, id: &Id) -> Option<Option<Id>> {
    let index = list.iter().position(|x| x.id() == id)?;
    list.remove(index);
    let next = index.min(list.len().saturating_sub(1));
    Some(list.get(next).map(|x| x.id().clone()))
}

/// Nothing may point at a persona that is gone.
fn forget_persona(project: &mut Project, id: &Id) {
    for touchpoint in &mut project.touchpoints {
        touchpoint.experiences.retain(|e| &e.persona != id);
    }
    for initiative in &mut project.initiatives {
        // An effect only for this persona goes with it: with none left it would apply to all.
        initiative.effects.retain_mut(|effect| {
            let had = effect.personas.len();
            effect.personas.retain(|p| p != id);
            effect.personas.len() == had || !effect.personas.is_empty()
        });
    }
    for wave in &mut project.surveys {
        if wave.persona.as_ref() == Some(id) {
            wave.persona = None;
        }
    }
    for slide in &mut project.slides {
        if matches!(&slide.content, SlideContent::PersonaCard(card) if card == id) {
            slide.content = SlideContent::Title(String::new());
        }
        if let SlideContent::Plot(spec) = &mut slide.content {
            if spec.persona.as_ref() == Some(id) {
                spec.persona = None;
            }
            // The chosen few without it; none left is every persona, as with one persona.
            spec.personas.retain(|p| p != id);
        }
    }
}

fn move_by(project: &mut Project, kind: ListKind, id: &Id, step: isize) -> bool {
    match kind {
        ListKind::Personas => move_item(&mut project.personas, id, step, |_, _| true),
        ListKind::Stages => move_item(&mut project.stages, id, step, |_, _| true),
        // Touchpoints are shown in their stage: they trade places with a neighbour there.
        ListKind::Touchpoints => move_item(&mut project.touchpoints, id, step, |a, b| {
            a.stage == b.stage
        }),
        ListKind::Initiatives => move_item(&mut project.initiatives, id, step, |_, _| true),
        ListKind::Scenarios => move_item(&mut project.scenarios, id, step, |_, _| true),
        ListKind::Slides => move_item(&mut project.slides, id, step, |_, _| true),
        ListKind::Surveys => move_item(&mut project.surveys, id, step, |_, _| true),
    }
}

/// Swaps `id` with its neighbour in the direction of `step`; whether it moved.
fn move_item<T: Item>(
    list: &mut [T],
    id: &Id,
    step: isize,
    alike: impl Fn(&T, &T) -> bool,
) -> bool {
    match neighbour(list, id, step, alike) {
        Some((index, other)) => {
            list.swap(index, other);
            true
        }
        None => false,
    }
}

/// The index of `id` and of the nearest item before (`step` < 0) or after it that is `alike`.
fn neighbour<T: Item>(
    list: &[T],
    id: &Id,
    step: isize,
    alike: impl Fn(&T, &T) -> bool,
) -> Option<(usize, usize)> {
    let index = list.iter().position(|x| x.id() == id)?;
    let other = match step.signum() {
        -1 => (0..index).rev().find(|&i| alike(&list[i], &list[index])),
        1 => (index + 1..list.len()).find(|&i| alike(&list[i], &list[index])),
        _ => None,
    }?;
    Some((index, other))
}

/// Whether the item can move one place up (`-1`) or down (`1`) in its list.
pub fn can_move(project: &Project, kind: ListKind, id: &Id, step: isize) -> bool {
    fn any<T>(_: &T, _: &T) -> bool {
        true
    }
    match kind {
        ListKind::Personas => neighbour(&project.personas, id, step, any).is_some(),
        ListKind::Stages => neighbour(&project.stages, id, step, any).is_some(),
        ListKind::Touchpoints => neighbour(&project.touchpoints, id, step, |a: &Touchpoint, b| {
            a.stage == b.stage
        })
        .is_some(),
        ListKind::Initiatives => neighbour(&project.initiatives, id, step, any).is_some(),
        ListKind::Scenarios => neighbour(&project.scenarios, id, step, any).is_some(),
        ListKind::Slides => neighbour(&project.slides, id, step, any).is_some(),
        ListKind::Surveys => neighbour(&project.surveys, id, step, any).is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Project {
        crate::store::embedded_sample().expect("sample")
    }

    fn add(name: &str, after: Option<&Id>) -> ListEdit {
        ListEdit::Add {
            name: name.into(),
            after: after.cloned(),
            stage: None,
        }
    }

    #[test]
    fn every_list_adds_duplicates_moves_and_deletes() {
        for kind in ListKind::ALL {
            let mut project = sample();
            let before = project.clone();
            let added = apply(&mut project, kind, add("Fresh item", None)).expect("added");
            assert!(added.added);
            let id = added.select.expect("selects the new item");
            let copy = apply(
                &mut project,
                kind,
                ListEdit::Duplicate {
                    id: id.clone(),
                    suffix: "(copy)".into(),
                },
            )
            .and_then(|o| o.select)
            .expect("copied");
            assert_ne!(copy, id, "{kind:?}");
            assert!(apply(&mut project, kind, ListEdit::Move(copy.clone(), -1)).is_some());
            assert!(apply(&mut project, kind, ListEdit::Delete(copy)).is_some());
            assert!(apply(&mut project, kind, ListEdit::Delete(id)).is_some());
            assert_eq!(project, before, "{kind:?}: back to where it started");
            assert!(crate::model::validate(&project).is_empty());
        }
    }

    #[test]
    fn an_effect_only_for_a_deleted_persona_goes_with_it_and_never_turns_to_everyone() {
        let mut project = sample();
        let (only, other) = (
            project.personas[0].id.clone(),
            project.personas[1].id.clone(),
        );
        let touchpoint = project.touchpoints[0].id.clone();
        let effect = |personas: Vec<Id>| crate::model::Effect {
            touchpoint: touchpoint.clone(),
            personas,
            score_change: 1.0,
            effort_change: 0.0,
        };
        project.initiatives[0].effects = vec![
            effect(vec![only.clone()]),
            effect(vec![only.clone(), other.clone()]),
            effect(Vec::new()),
        ];
        apply(&mut project, ListKind::Personas, ListEdit::Delete(only)).expect("deleted");
        assert_eq!(
            project.initiatives[0].effects,
            vec![effect(vec![other]), effect(Vec::new())]
        );
    }

    #[test]
    fn deleting_a_persona_leaves_no_reference_behind() {
        let mut project = sample();
        let persona = project.personas[0].id.clone();
        let outcome = apply(
            &mut project,
            ListKind::Personas,
            ListEdit::Delete(persona.clone()),
        )
        .expect("deleted");
        assert_eq!(outcome.select, Some(project.personas[0].id.clone()));
        assert!(
            project
                .touchpoints
                .iter()
                .all(|t| t.experience_of(&persona).is_none())
        );
        assert!(
            project
                .initiatives
                .iter()
                .flat_map(|i| &i.effects)
                .all(|e| !e.personas.contains(&persona))
        );
        assert!(
            project
                .surveys
                .iter()
                .all(|s| s.persona.as_ref() != Some(&persona))
        );
        assert!(crate::model::validate(&project).is_empty());
    }

    #[test]
    fn deleting_an_initiative_or_a_stage_cleans_up() {
        let mut project = sample();
        let used = project
            .scenarios
            .iter()
            .flat_map(|s| &s.initiatives)
            .next()
            .cloned();
        let initiative = used.expect("a scenario with an initiative");
        apply(
            &mut project,
            ListKind::Initiatives,
            ListEdit::Delete(initiative.clone()),
        );
        assert!(
            project
                .scenarios
                .iter()
                .all(|s| !s.initiatives.contains(&initiative))
        );

        let stage = project.stages[1].id.clone();
        let in_stage = project
            .touchpoints
            .iter()
            .filter(|t| t.stage == stage)
            .count();
        let outcome = apply(
            &mut project,
            ListKind::Stages,
            ListEdit::Delete(stage.clone()),
        )
        .expect("deleted");
        assert_eq!(outcome.touchpoints_removed, in_stage);
        assert!(project.touchpoints.iter().all(|t| t.stage != stage));
        assert!(crate::model::validate(&project).is_empty());
    }

    #[test]
    fn touchpoints_are_added_in_a_stage_and_move_within_it() {
        let mut project = sample();
        let stage = project.stages[2].id.clone();
        let id = apply(
            &mut project,
            ListKind::Touchpoints,
            ListEdit::Add {
                name: "Kiosk".into(),
                after: None,
                stage: Some(stage.clone()),
            },
        )
        .and_then(|o| o.select)
        .expect("added");
        assert_eq!(project.touchpoint(&id).map(|t| &t.stage), Some(&stage));
        let in_stage = |p: &Project| -> Vec<Id> {
            p.touchpoints
                .iter()
                .filter(|t| t.stage == stage)
                .map(|t| t.id.clone())
                .collect()
        };
        let order = in_stage(&project);
        assert_eq!(order.last(), Some(&id));
        assert!(
            apply(
                &mut project,
                ListKind::Touchpoints,
                ListEdit::Move(id.clone(), -1)
            )
            .is_some()
        );
        let moved = in_stage(&project);
        assert_eq!(moved[moved.len() - 2], id);
        // The first touchpoint of its stage cannot move up, whatever comes before it in the file.
        let first = moved[0].clone();
        assert!(!can_move(&project, ListKind::Touchpoints, &first, -1));

        let mut empty = Project::new("Empty", crate::i18n::Lang::En);
        empty.stages.clear();
        assert!(apply(&mut empty, ListKind::Touchpoints, add("Kiosk", None)).is_none());
    }

    #[test]
    fn a_deleted_stage_can_give_its_touchpoints_to_another_and_they_can_be_dropped_anywhere() {
        let mut project = sample();
        let (gone, to) = (project.stages[1].id.clone(), project.stages[0].id.clone());
        let moving: Vec<Id> = project
            .touchpoints
            .iter()
            .filter(|t| t.stage == gone)
            .map(|t| t.id.clone())
            .collect();
        let count = project.touchpoints.len();
        let edit = ListEdit::DeleteStageKeeping {
            stage: gone.clone(),
            to: to.clone(),
        };
        assert!(apply(&mut project, ListKind::Stages, edit).is_some());
        assert_eq!(project.touchpoints.len(), count, "none deleted");
        assert!(project.stage(&gone).is_none());
        let in_to: Vec<&Id> = project
            .touchpoints
            .iter()
            .filter(|t| t.stage == to)
            .map(|t| &t.id)
            .collect();
        assert_eq!(
            &in_to[in_to.len() - moving.len()..],
            &moving.iter().collect::<Vec<_>>()[..]
        );
        assert!(crate::model::validate(&project).is_empty());

        // Dropped before the first touchpoint of another stage.
        let target = project.stages[1].id.clone();
        let first = project
            .touchpoints
            .iter()
            .find(|t| t.stage == target)
            .map(|t| t.id.clone());
        let edit = ListEdit::Place {
            id: moving[0].clone(),
            stage: target.clone(),
            before: first.clone(),
        };
        assert!(apply(&mut project, ListKind::Touchpoints, edit).is_some());
        let now = project
            .touchpoints
            .iter()
            .find(|t| t.stage == target)
            .map(|t| t.id.clone());
        assert_eq!(now.as_ref(), Some(&moving[0]));
        let nowhere = ListEdit::Place {
            id: moving[0].clone(),
            stage: Id::from("s-nowhere"),
            before: None,
        };
        assert!(apply(&mut project, ListKind::Touchpoints, nowhere).is_none());
    }

    #[test]
    fn unknown_ids_and_moves_past_the_ends_change_nothing() {
        let mut project = sample();
        let before = project.clone();
        let nobody = Id::from("p-nobody");
        assert!(
            apply(
                &mut project,
                ListKind::Personas,
                ListEdit::Delete(nobody.clone())
            )
            .is_none()
        );
        let first = project.personas[0].id.clone();
        assert!(apply(&mut project, ListKind::Personas, ListEdit::Move(first, -1)).is_none());
        assert_eq!(project, before);
    }
}
