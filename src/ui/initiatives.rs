//! The Initiatives workspace: improvements with their strategy or trigger, costs, and effects
//! on touchpoints for all or some personas, with what they touch and the scenarios using them.

use super::costs::{cost_summary, costs_ui, period_word, timing_summary, timing_ui};
use super::effects::effects_ui;
use super::impact::{Journey, display_name, impact, summary};
use super::item_list::{Row, empty_state, item_list, keep_selection, side_list};
use super::style::section;
use super::touches::impact_ui;
use super::widgets::{multiline_row, select_all, text_row};
use super::{Env, WorkspaceView};
use crate::context::Action;
use crate::i18n::{Lang, Text, numbers, t, tr};
use crate::model::catalog::{self, INITIATIVE_KINDS};
use crate::model::edit::ListKind;
use crate::model::{Id, Initiative, InitiativeKind, Project, Scenario, Target};
use egui::RichText;

/// The editor stops growing here, so lines stay readable on a wide screen.
const MAX_EDITOR_WIDTH: f32 = 1100.0;

/// When the costs count.
const COSTS_TIMING: Text = t(
    "A scenario counts the one-off cost in the period the initiative starts and the running \
     cost in that period and every one after.",
    "Een scenario telt de eenmalige kosten in de periode waarin het initiatief start en de \
     lopende kosten in die periode en elke periode daarna.",
);

/// The heading of the initiative's timing.
const WHEN: Text = t("When", "Wanneer");

/// Width of the label column of the editor's grids.
pub(super) const LABEL_COLUMN: f32 = 190.0;

/// Space between the label and field columns.
pub(super) const GRID_GAP: f32 = 16.0;

/// What the Initiatives workspace remembers between frames.
#[derive(Default)]
pub struct InitiativesState {
    /// The initiative shown.
    pub selected: Option<Id>,
    /// Put the cursor in the name field, its text selected (after Add).
    pub focus_name: bool,
}

impl WorkspaceView for InitiativesState {
    const NAME: &'static str = "initiatives";
    const LABEL: Text = tr::WS_INITIATIVES;
    const SUMMARY: Text = tr::WS_INITIATIVES_SUMMARY;

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        initiatives_ui(ui, project, self, env);
    }

    fn shows(target: &Target) -> bool {
        matches!(target, Target::Initiative(_))
    }

    fn open(&mut self, target: &Target) {
        if let Target::Initiative(id) = target {
            self.selected = Some(id.clone());
        }
    }

    fn added(&mut self, id: &Id) {
        self.selected = Some(id.clone());
        self.focus_name = true;
    }
}

/// Draws the Initiatives workspace.
pub fn initiatives_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    state: &mut InitiativesState,
    env: &mut Env,
) {
    let lang = env.lang;
    let selected_index = keep_selection(&project.initiatives, |x| &x.id, &mut state.selected);

    let title = tr::WS_INITIATIVES.get(lang);
    side_list(ui, "initiative-list", title, 280.0, lang, |ui| {
        list_ui(ui, project, state, env)
    });

    egui::CentralPanel::default().show(ui, |ui| {
        let Some(index) = selected_index else {
            if empty_state(
                ui,
                tr::NO_INITIATIVES.get(lang),
                tr::ADD_INITIATIVE.get(lang),
            ) {
                env.actions
                    .push(Action::add(ListKind::Initiatives, None, lang));
            }
            return;
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(MAX_EDITOR_WIDTH));
            editor_ui(ui, project, index, state, env);
            ui.add_space(24.0);
        });
    });
}

fn list_ui(ui: &mut egui::Ui, project: &Project, state: &mut InitiativesState, env: &mut Env) {
    let lang = env.lang;
    let currency = &project.meta.currency;
    let rows: Vec<Row> = project
        .initiatives
        .iter()
        .map(|i| Row {
            id: i.id.clone(),
            name: i.name.clone(),
            detail: format!(
                "{} · {}",
                catalog::initiative_kind_label(i.kind, lang),
                numbers::money(i.one_off_cost, currency, lang)
            ),
        })
        .collect();
    let clicked = item_list(
        ui,
        project,
        ListKind::Initiatives,
        &rows,
        state.selected.as_ref(),
        tr::ADD_INITIATIVE.get(lang),
        env,
    );
    if let Some(id) = clicked {
        state.selected = Some(id);
    }
}

fn editor_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    index: usize,
    state: &mut InitiativesState,
    env: &mut Env,
) {
    let lang = env.lang;
    // Borrow the initiative mutably and the rest of the project to read.
    let Project {
        meta,
        settings,
        personas,
        stages,
        touchpoints,
        initiatives,
        scenarios,
        ..
    } = project;
    let Some(initiative) = initiatives.get_mut(index) else {
        return;
    };
    let journey = Journey {
        stages,
        touchpoints,
        personas,
    };
    let costs = cost_summary(
        initiative.one_off_cost,
        initiative.cost_per_period,
        &meta.currency,
        settings.period,
        lang,
    );

    ui.label(
        RichText::new(display_name(&initiative.name))
            .size(26.0)
            .strong(),
    );
    ui.label(
        RichText::new(format!(
            "{} · {costs}",
            catalog::initiative_kind_label(initiative.kind, lang)
        ))
        .size(16.0),
    );
    let touches = impact(&journey, &initiative.effects);
    if touches.touchpoints.iter().any(|t| !t.changes.is_empty()) {
        ui.label(RichText::new(summary(&touches, lang)).size(16.0));
    }
    let target = Target::Initiative(initiative.id.clone());
    for problem in env.problems.iter().filter(|p| p.target == target) {
        let text = format!("⚠ {}", problem.describe(lang));
        ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
    }

    section(ui, tr::INITIATIVE_DETAILS.get(lang));
    details_ui(ui, initiative, state, lang);

    section(ui, tr::COSTS.get(lang));
    costs_ui(ui, initiative, &meta.currency, settings.period, lang);
    ui.label(RichText::new(costs).size(17.0).strong());
    ui.label(RichText::new(COSTS_TIMING.get(lang)).weak());

    section(ui, WHEN.get(lang));
    timing_ui(ui, initiative, settings.period, lang);
    ui.label(RichText::new(timing_summary(initiative, settings.period, lang)).size(17.0));

    section(
        ui,
        &format!("{} ({})", tr::EFFECTS.get(lang), initiative.effects.len()),
    );
    effects_ui(ui, &mut initiative.effects, &journey, lang);

    section(ui, tr::WHAT_IT_TOUCHES.get(lang));
    // Computed again: the effects may have changed above.
    let touches = impact(&journey, &initiative.effects);
    if let Some(id) = impact_ui(ui, &touches, &period_word(settings.period, lang), lang) {
        env.actions.push(Action::Show(Target::Touchpoint(id)));
    }
    ui.add_space(8.0);
    scenarios_ui(ui, scenarios, &initiative.id, env);
}

fn details_ui(
    ui: &mut egui::Ui,
    initiative: &mut Initiative,
    state: &mut InitiativesState,
    lang: Lang,
) {
    egui::Grid::new("initiative-fields")
        .num_columns(2)
        .spacing([GRID_GAP, 8.0])
        .min_col_width(LABEL_COLUMN)
        .show(ui, |ui| {
            let name = text_row(ui, lang, tr::NAME.get(lang), &mut initiative.name);
            if std::mem::take(&mut state.focus_name) {
                select_all(ui, &name, initiative.name.chars().count());
            }
            multiline_row(
                ui,
                lang,
                tr::DESCRIPTION.get(lang),
                &mut initiative.description,
                3,
            );
            let label = ui.label(tr::INITIATIVE_KIND.get(lang));
            kind_picker_ui(ui, &mut initiative.kind, lang).labelled_by(label.id);
            ui.end_row();
        });
    // Below the grid, where it can wrap: a grid cell grows to fit its text instead.
    ui.horizontal_top(|ui| {
        ui.add_space(LABEL_COLUMN + ui.spacing().item_spacing.x + GRID_GAP);
        let text = RichText::new(kind_explanation(initiative.kind, lang)).italics();
        ui.add(egui::Label::new(text).wrap());
    });
}

/// The strategy-or-trigger drop-down: the seven strategies, the five triggers, and Other,
/// each with the seed's description as a tooltip.
fn kind_picker_ui(ui: &mut egui::Ui, kind: &mut InitiativeKind, lang: Lang) -> egui::Response {
    egui::ComboBox::from_id_salt("initiative-kind")
        .selected_text(catalog::initiative_kind_label(*kind, lang))
        .width(340.0)
        .height(640.0)
        .show_ui(ui, |ui| {
            let groups = [(tr::KIND_STRATEGIES, true), (tr::KIND_TRIGGERS, false)];
            for (heading, strategies) in groups {
                ui.label(RichText::new(heading.get(lang)).strong().small());
                for info in INITIATIVE_KINDS
                    .iter()
                    .filter(|i| matches!(i.kind, InitiativeKind::Strategy(_)) == strategies)
                {
                    ui.selectable_value(kind, info.kind, info.label.get(lang))
                        .on_hover_text(info.description.get(lang));
                }
                ui.separator();
            }
            ui.selectable_value(
                kind,
                InitiativeKind::Other,
                catalog::initiative_kind_label(InitiativeKind::Other, lang),
            )
            .on_hover_text(tr::KIND_OTHER_HINT.get(lang));
        })
        .response
}

/// Where a kind comes from and what the seed says of it.
fn kind_explanation(kind: InitiativeKind, lang: Lang) -> String {
    let origin = match kind {
        InitiativeKind::Strategy(_) => tr::KIND_STRATEGY_FROM,
        InitiativeKind::Trigger(_) => tr::KIND_TRIGGER_FROM,
        InitiativeKind::Other => return tr::KIND_OTHER_HINT.get(lang).to_string(),
    };
    match INITIATIVE_KINDS.iter().find(|i| i.kind == kind) {
        Some(info) => format!("{}: {}", origin.get(lang), info.description.get(lang)),
        None => origin.get(lang).to_string(),
    }
}

/// The scenarios that carry out this initiative, as links to them.
fn scenarios_ui(ui: &mut egui::Ui, scenarios: &[Scenario], id: &Id, env: &mut Env) {
    let lang = env.lang;
    let using: Vec<&Scenario> = scenarios
        .iter()
        .filter(|s| s.initiatives.contains(id))
        .collect();
    ui.label(
        RichText::new(tr::IN_SCENARIOS.get(lang))
            .size(16.0)
            .strong(),
    );
    if using.is_empty() {
        ui.label(RichText::new(tr::NOT_IN_SCENARIOS.get(lang)).weak());
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for scenario in using {
            if ui
                .link(RichText::new(display_name(&scenario.name)).size(16.0))
                .on_hover_text(tr::OPEN_SCENARIO.get(lang))
                .clicked()
            {
                env.actions
                    .push(Action::Show(Target::Scenario(scenario.id.clone())));
            }
            ui.add_space(12.0);
        }
    });
}
