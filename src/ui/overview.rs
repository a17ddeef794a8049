//! The Overview workspace: the project's name, organisation and description, what it holds,
//! and its validation problems, each a link to the item it names.

use super::style::section;
use super::widgets::{multiline_row, text_row};
use super::{Env, Workspace, WorkspaceView};
use crate::context::Action;
use crate::i18n::{Lang, Text, numbers, tr};
use crate::model::{Project, Target};
use egui::RichText;

/// The Overview workspace keeps nothing between frames.
#[derive(Default)]
pub struct OverviewState;

impl WorkspaceView for OverviewState {
    const NAME: &'static str = "overview";
    const LABEL: Text = tr::WS_OVERVIEW;
    const SUMMARY: Text = tr::WS_OVERVIEW_SUMMARY;

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        overview_ui(ui, project, env);
    }

    fn shows(target: &Target) -> bool {
        matches!(target, Target::Meta)
    }
}

/// Draws the Overview workspace.
pub fn overview_ui(ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
    let lang = env.lang;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(tr::WS_OVERVIEW.get(lang));
        section(ui, tr::PROJECT_DETAILS.get(lang));
        egui::Grid::new("project-meta")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .min_col_width(180.0)
            .show(ui, |ui| {
                let meta = &mut project.meta;
                text_row(ui, tr::PROJECT_NAME.get(lang), &mut meta.name);
                text_row(ui, tr::ORGANISATION.get(lang), &mut meta.organisation);
                text_row(ui, tr::MAIN_COMPETITOR.get(lang), &mut meta.main_competitor);
                multiline_row(ui, tr::DESCRIPTION.get(lang), &mut meta.description, 4);
                text_row(ui, tr::CURRENCY.get(lang), &mut meta.currency);
                let label = ui.label(tr::CONTENT_LANGUAGE.get(lang));
                egui::ComboBox::from_id_salt("content-language")
                    .selected_text(meta.language.native_name())
                    .show_ui(ui, |ui| {
                        for choice in Lang::ALL {
                            ui.selectable_value(&mut meta.language, choice, choice.native_name());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            });

        section(ui, tr::WHAT_IT_HOLDS.get(lang));
        counts_ui(ui, project, lang);

        section(ui, tr::PROBLEMS.get(lang));
        problems_ui(ui, env);
    });
}

fn counts_ui(ui: &mut egui::Ui, project: &Project, lang: Lang) {
    let customers: u64 = project.personas.iter().map(|p| p.segment.customers).sum();
    let rows = [
        (tr::COUNT_PERSONAS, project.personas.len().to_string()),
        (tr::COUNT_STAGES, project.stages.len().to_string()),
        (tr::COUNT_TOUCHPOINTS, project.touchpoints.len().to_string()),
        (tr::COUNT_INITIATIVES, project.initiatives.len().to_string()),
        (tr::COUNT_SCENARIOS, project.scenarios.len().to_string()),
        (tr::COUNT_SURVEYS, project.surveys.len().to_string()),
        (tr::COUNT_SLIDES, project.slides.len().to_string()),
        (
            tr::COUNT_CUSTOMERS,
            numbers::grouped(customers as f64, 0, lang),
        ),
    ];
    egui::Grid::new("project-counts")
        .num_columns(2)
        .spacing([40.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (label, value) in rows {
                ui.label(label.get(lang));
                ui.label(RichText::new(value).strong().size(17.0));
                ui.end_row();
            }
        });
}

fn problems_ui(ui: &mut egui::Ui, env: &mut Env) {
    let lang = env.lang;
    if env.problems.is_empty() {
        ui.label(
            RichText::new(format!("✔ {}", tr::NO_PROBLEMS.get(lang)))
                .color(egui::Color32::from_rgb(0x2E, 0x7D, 0x32)),
        );
        return;
    }
    ui.label(RichText::new(tr::PROBLEMS_HINT.get(lang)).weak());
    for problem in env.problems {
        let text = problem.describe(lang);
        // A link where a workspace shows what the problem is about.
        if Workspace::showing(&problem.target).is_some() {
            if ui.link(text).clicked() {
                env.actions.push(Action::Show(problem.target.clone()));
            }
        } else {
            ui.label(text).on_hover_text(tr::NOT_NAVIGABLE.get(lang));
        }
    }
}
