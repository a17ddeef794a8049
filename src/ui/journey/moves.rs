//! Moving touchpoints without a mouse drag: the card's context menu (up, down, to another
//! stage, duplicate, delete) and Alt + arrow keys on the selected card.

use super::JourneyState;
use crate::context::Action;
use crate::i18n::{Lang, t};
use crate::model::edit::{ListEdit, ListKind};
use crate::model::{Id, Project, Touchpoint};
use crate::ui::Env;

/// The card's context menu: move up or down, move to another stage, duplicate, delete.
pub(super) fn menu(
    ui: &mut egui::Ui,
    project: &Project,
    env: &mut Env,
    touchpoint: &Touchpoint,
    lang: Lang,
) {
    let id = &touchpoint.id;
    for (step, label) in [(-1, t("Move up", "Omhoog")), (1, t("Move down", "Omlaag"))] {
        let can = crate::model::edit::can_move(project, ListKind::Touchpoints, id, step);
        if ui
            .add_enabled(can, egui::Button::new(label.get(lang)))
            .clicked()
        {
            env.actions
                .push(Action::move_by(ListKind::Touchpoints, id, step));
            ui.close();
        }
    }
    ui.menu_button(t("Move to stage", "Verplaats naar fase").get(lang), |ui| {
        for stage in project.stages.iter().filter(|s| s.id != touchpoint.stage) {
            if ui.button(&stage.name).clicked() {
                env.actions.push(place(id, &stage.id));
                ui.close();
            }
        }
    });
    ui.separator();
    if ui.button(crate::i18n::tr::DUPLICATE.get(lang)).clicked() {
        env.actions
            .push(Action::duplicate(ListKind::Touchpoints, id, lang));
        ui.close();
    }
    if ui.button(crate::i18n::tr::DELETE.get(lang)).clicked() {
        env.actions.push(Action::delete(ListKind::Touchpoints, id));
        ui.close();
    }
}

pub(super) fn place(id: &Id, stage: &Id) -> Action {
    Action::List(
        ListKind::Touchpoints,
        ListEdit::Place {
            id: id.clone(),
            stage: stage.clone(),
            before: None,
        },
    )
}

/// Alt + Up/Down moves the selected card within its stage, Alt + Left/Right to the
/// neighbouring stage (when no text field has the keyboard).
pub(super) fn keyboard(
    ui: &egui::Ui,
    project: &Project,
    state: &JourneyState,
    env: &mut Env,
    _: &[Vec<&Touchpoint>],
) {
    let Some(id) = &state.selected else {
        return;
    };
    if ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    let pressed = |key| ui.input_mut(|i| i.consume_key(egui::Modifiers::ALT, key));
    if pressed(egui::Key::ArrowUp) {
        env.actions
            .push(Action::move_by(ListKind::Touchpoints, id, -1));
    }
    if pressed(egui::Key::ArrowDown) {
        env.actions
            .push(Action::move_by(ListKind::Touchpoints, id, 1));
    }
    let Some(touchpoint) = project.touchpoint(id) else {
        return;
    };
    let Some(s) = project.stages.iter().position(|s| s.id == touchpoint.stage) else {
        return;
    };
    let to = if pressed(egui::Key::ArrowLeft) {
        s.checked_sub(1)
    } else if pressed(egui::Key::ArrowRight) {
        Some(s + 1)
    } else {
        None
    };
    if let Some(stage) = to.and_then(|s| project.stages.get(s)) {
        env.actions.push(place(id, &stage.id));
    }
}
