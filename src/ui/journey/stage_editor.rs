//! Editing a stage: name, description, its place in the journey, delete; and the question a
//! delete asks when the stage has touchpoints: move them to another stage, or delete them.

use super::{JourneyState, add_touchpoint};
use crate::context::Action;
use crate::i18n::{t, tr};
use crate::model::edit::{self, ListEdit, ListKind};
use crate::model::{Project, Target};
use crate::ui::Env;
use crate::ui::widgets::{multiline_row, select_all, text_row};
use egui::RichText;

/// Draws the editor of the selected stage.
pub fn stage_ui(ui: &mut egui::Ui, project: &mut Project, state: &mut JourneyState, env: &mut Env) {
    let lang = env.lang;
    let Some(id) = state.stage.clone() else {
        return;
    };
    let count = project.touchpoints.iter().filter(|t| t.stage == id).count();
    let moves = [-1, 1].map(|step| edit::can_move(project, ListKind::Stages, &id, step));
    let Some(stage) = project.stages.iter_mut().find(|s| s.id == id) else {
        return;
    };
    if super::editor::heading_ui(ui, t("Stage", "Fase").get(lang), lang) {
        state.stage = None;
    }
    egui::Grid::new("stage-fields")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let name = text_row(ui, lang, tr::NAME.get(lang), &mut stage.name);
            if std::mem::take(&mut state.focus_name) {
                select_all(ui, &name, stage.name.chars().count());
            }
            multiline_row(
                ui,
                lang,
                tr::DESCRIPTION.get(lang),
                &mut stage.description,
                3,
            );
        });
    let target = Target::Stage(id.clone());
    for problem in env.problems.iter().filter(|p| p.target == target) {
        ui.label(
            RichText::new(format!("⚠ {}", problem.describe(lang)))
                .color(ui.visuals().warn_fg_color),
        );
    }
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let earlier = t("⬅ Earlier in the journey", "⬅ Eerder in de reis");
        let later = t("Later in the journey ➡", "Later in de reis ➡");
        for ((step, label), can) in [(-1, earlier), (1, later)].into_iter().zip(moves) {
            if ui
                .add_enabled(can, egui::Button::new(label.get(lang)))
                .clicked()
            {
                env.actions
                    .push(Action::move_by(ListKind::Stages, &id, step));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(format!(
                "+ {}",
                t("Touchpoint in this stage", "Touchpoint in deze fase").get(lang)
            ))
            .clicked()
        {
            add_touchpoint(env, &id);
        }
        if ui.button(tr::DUPLICATE.get(lang)).clicked() {
            env.actions
                .push(Action::duplicate(ListKind::Stages, &id, lang));
        }
        if ui
            .button(t("Delete stage", "Fase verwijderen").get(lang))
            .clicked()
        {
            if count == 0 {
                env.actions.push(Action::delete(ListKind::Stages, &id));
            } else {
                state.deleting_stage = Some(id.clone());
            }
        }
    });
    ui.label(RichText::new(tr::touchpoints(count, lang)).weak());
}

/// The question before deleting a stage with touchpoints.
pub fn delete_dialog(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut JourneyState,
    env: &mut Env,
) {
    let lang = env.lang;
    let Some(id) = state.deleting_stage.clone() else {
        return;
    };
    let Some(stage) = project.stage(&id) else {
        state.deleting_stage = None;
        return;
    };
    let count = project.touchpoints.iter().filter(|t| t.stage == id).count();
    let others: Vec<_> = project.stages.iter().filter(|s| s.id != id).collect();
    let modal = egui::Modal::new(egui::Id::unique("delete-stage")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(format!(
            "{} {}?",
            t("Delete the stage", "De fase verwijderen").get(lang),
            stage.name
        ));
        ui.label(format!(
            "{} {}. {}",
            t("It has", "Ze heeft").get(lang),
            tr::touchpoints(count, lang),
            t(
                "Move them to another stage, or delete them with it?",
                "Verplaats je ze naar een andere fase, of verwijder je ze mee?"
            )
            .get(lang)
        ));
        ui.add_space(8.0);
        for other in &others {
            let label = format!(
                "{} {}",
                t("Move them to", "Verplaats ze naar").get(lang),
                other.name
            );
            if ui.button(label).clicked() {
                env.actions.push(Action::List(
                    ListKind::Stages,
                    ListEdit::DeleteStageKeeping {
                        stage: id.clone(),
                        to: other.id.clone(),
                    },
                ));
                state.deleting_stage = None;
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let delete = format!(
                "{} ({count})",
                t(
                    "Delete the stage and its touchpoints",
                    "Verwijder de fase en haar touchpoints"
                )
                .get(lang)
            );
            if ui
                .button(RichText::new(delete).color(ui.visuals().warn_fg_color))
                .clicked()
            {
                env.actions.push(Action::delete(ListKind::Stages, &id));
                state.deleting_stage = None;
            }
            if ui.button(t("Cancel", "Annuleren").get(lang)).clicked() {
                state.deleting_stage = None;
            }
        });
    });
    if modal.should_close() {
        state.deleting_stage = None;
    }
}
