//! The Scenarios workspace: a scenario's initiatives, horizon and assumption overrides
//! (Set up), its results against the baseline with plots that move live (Results), and the
//! model explained with the current numbers (How is this computed?).

mod how_computed;
mod results;
mod today;

use crate::context::Action;
use crate::i18n::{Lang, Text, numbers, t, tr};
use crate::model::catalog::{self, Unit};
use crate::model::edit::ListKind;
use crate::model::scenario::MAX_HORIZON_PERIODS;
use crate::model::{
    AssumptionKey, AssumptionOverride, Id, MarginTiming, Period, Project, Scenario, Target,
};
use crate::ui::item_list::{Row, empty_state, item_list, keep_selection, side_list};
use crate::ui::style::section;
use crate::ui::widgets::{multiline_row, number_field, number_slider, select_all, text_row};
use crate::ui::{Env, View, WorkspaceView};
use egui::RichText;

/// The tabs of a scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScenarioTab {
    /// Initiatives, horizon, assumptions.
    Setup,
    /// Headline numbers and plots.
    #[default]
    Results,
    /// The model with the current numbers.
    HowComputed,
}

impl ScenarioTab {
    /// The tabs, in the order of [`ScenariosState::VIEWS`].
    pub const ALL: [ScenarioTab; 3] = [
        ScenarioTab::Setup,
        ScenarioTab::Results,
        ScenarioTab::HowComputed,
    ];
}

/// What the Scenarios workspace remembers between frames.
#[derive(Default)]
pub struct ScenariosState {
    /// The scenario shown.
    pub selected: Option<Id>,
    /// Put the cursor in the name field (after Add).
    pub focus_name: bool,
    /// The tab shown.
    pub tab: ScenarioTab,
    /// Persona shown in "customers by state" and in the explanation; `None` for all.
    pub persona: Option<Id>,
    /// Results show each scenario's own values rather than its difference from Today.
    pub absolute: bool,
}

impl WorkspaceView for ScenariosState {
    const NAME: &'static str = "scenarios";
    const LABEL: Text = tr::WS_SCENARIOS;
    const SUMMARY: Text = tr::WS_SCENARIOS_SUMMARY;
    const VIEWS: &'static [View] = &[
        View {
            name: "setup",
            label: tr::TAB_SETUP,
        },
        View {
            name: "results",
            label: tr::TAB_RESULTS,
        },
        View {
            name: "how",
            label: tr::TAB_HOW,
        },
    ];

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        scenarios_ui(ui, project, self, env);
    }

    // The assumptions and model settings are set up per scenario, and shown here.
    fn shows(target: &Target) -> bool {
        matches!(
            target,
            Target::Scenario(_) | Target::Assumption(_) | Target::Settings
        )
    }

    fn open(&mut self, target: &Target) {
        match target {
            Target::Scenario(id) => self.selected = Some(id.clone()),
            // Assumptions and model settings are edited in the Set up tab.
            _ => self.tab = ScenarioTab::Setup,
        }
    }

    fn open_view(&mut self, name: &str) -> bool {
        let found = ScenariosState::VIEWS.iter().position(|v| v.name == name);
        if let Some(index) = found {
            self.tab = ScenarioTab::ALL[index];
        }
        found.is_some()
    }

    fn view(&self) -> &'static str {
        let index = ScenarioTab::ALL.iter().position(|t| *t == self.tab);
        index.map_or("", |i| ScenariosState::VIEWS[i].name)
    }

    fn added(&mut self, id: &Id) {
        self.selected = Some(id.clone());
        self.focus_name = true;
        // A new scenario is set up first: name, initiatives, assumptions.
        self.tab = ScenarioTab::Setup;
    }
}

/// Draws the Scenarios workspace.
pub fn scenarios_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    state: &mut ScenariosState,
    env: &mut Env,
) {
    let lang = env.lang;
    let selected_index = keep_selection(&project.scenarios, |x| &x.id, &mut state.selected);
    if state
        .persona
        .as_ref()
        .is_some_and(|id| project.persona(id).is_none())
    {
        state.persona = None;
    }
    list_panel(ui, project, state, env);
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(index) = selected_index else {
            if empty_state(ui, tr::NO_SCENARIOS.get(lang), tr::ADD_SCENARIO.get(lang)) {
                env.actions
                    .push(Action::add(ListKind::Scenarios, None, lang));
            }
            return;
        };
        ui.horizontal(|ui| {
            ui.heading(&project.scenarios[index].name);
            ui.add_space(24.0);
            for (tab, view) in ScenarioTab::ALL.into_iter().zip(ScenariosState::VIEWS) {
                ui.selectable_value(
                    &mut state.tab,
                    tab,
                    RichText::new(view.label.get(lang)).size(16.0),
                );
            }
        });
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| match state.tab {
            ScenarioTab::Setup => setup_ui(ui, project, index, state, env),
            ScenarioTab::Results => results::results_ui(ui, project, index, state, env),
            ScenarioTab::HowComputed => {
                how_computed::how_computed_ui(ui, project, index, state, env)
            }
        });
    });
}

fn list_panel(ui: &mut egui::Ui, project: &Project, state: &mut ScenariosState, env: &mut Env) {
    let lang = env.lang;
    let title = tr::WS_SCENARIOS.get(lang);
    side_list(ui, "scenario-list", title, 260.0, lang, |ui| {
        let rows: Vec<Row> = project
            .scenarios
            .iter()
            .map(|s| Row {
                id: s.id.clone(),
                name: s.name.clone(),
                detail: scenario_detail(s, lang),
            })
            .collect();
        let clicked = item_list(
            ui,
            project,
            ListKind::Scenarios,
            &rows,
            state.selected.as_ref(),
            tr::ADD_SCENARIO.get(lang),
            env,
        );
        if let Some(id) = clicked {
            state.selected = Some(id);
        }
    });
}

fn scenario_detail(scenario: &Scenario, lang: Lang) -> String {
    let initiatives = scenario.initiatives.len();
    let overrides = scenario.overrides.len();
    let initiatives_text = if initiatives == 1 {
        t("{count} initiative", "{count} initiatief")
    } else {
        t("{count} initiatives", "{count} initiatieven")
    }
    .fill(lang, &[("count", &initiatives)]);
    let overrides_text = if overrides == 1 {
        t("{count} own assumption", "{count} eigen aanname")
    } else {
        t("{count} own assumptions", "{count} eigen aannames")
    }
    .fill(lang, &[("count", &overrides)]);
    format!("{initiatives_text}, {overrides_text}")
}

/// The length of `periods` periods, e.g. "36 months" / "36 maanden".
pub fn periods_text(periods: u32, period: Period, lang: Lang) -> String {
    let (one, many) = match (period, lang) {
        (Period::Month, Lang::En) => ("month", "months"),
        (Period::Quarter, Lang::En) => ("quarter", "quarters"),
        (Period::Year, Lang::En) => ("year", "years"),
        (Period::Month, Lang::Nl) => ("maand", "maanden"),
        (Period::Quarter, Lang::Nl) => ("kwartaal", "kwartalen"),
        (Period::Year, Lang::Nl) => ("jaar", "jaar"),
    };
    format!("{periods} {}", if periods == 1 { one } else { many })
}

fn setup_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    index: usize,
    state: &mut ScenariosState,
    env: &mut Env,
) {
    let lang = env.lang;
    let period = project.settings.period;
    let currency = project.meta.currency.clone();
    {
        let scenario = &mut project.scenarios[index];
        egui::Grid::new("scenario-fields")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .min_col_width(150.0)
            .show(ui, |ui| {
                let name = text_row(ui, lang, tr::NAME.get(lang), &mut scenario.name);
                if std::mem::take(&mut state.focus_name) {
                    select_all(ui, &name, scenario.name.chars().count());
                }
                multiline_row(
                    ui,
                    lang,
                    tr::DESCRIPTION.get(lang),
                    &mut scenario.description,
                    2,
                );
                let label = ui.label(tr::HORIZON.get(lang));
                ui.horizontal(|ui| {
                    ui.add(
                        egui::DragValue::new(&mut scenario.horizon_periods)
                            .range(1..=MAX_HORIZON_PERIODS)
                            .speed(0.2),
                    )
                    .labelled_by(label.id);
                    ui.label(
                        periods_text(scenario.horizon_periods, period, lang)
                            .split_once(' ')
                            .map(|(_, unit)| unit.to_string())
                            .unwrap_or_default(),
                    );
                });
                ui.end_row();
            });
    }

    section(ui, tr::SCENARIO_INITIATIVES.get(lang));
    if project.initiatives.is_empty() {
        ui.label(RichText::new(tr::NO_INITIATIVES_TO_CHOOSE.get(lang)).weak());
        if ui.button(tr::GO_TO_INITIATIVES.get(lang)).clicked() {
            env.actions
                .push(Action::Goto(crate::ui::Workspace::Initiatives.name()));
        }
    }
    let per_period = catalog::period_label(period, lang).to_lowercase();
    let mut chosen: Vec<Id> = project.scenarios[index].initiatives.clone();
    // Looked up by id: a scenario may list tens of thousands of initiatives.
    let chosen_before: std::collections::HashSet<Id> = chosen.iter().cloned().collect();
    for initiative in &project.initiatives {
        let mut on = chosen_before.contains(&initiative.id);
        ui.horizontal(|ui| {
            let costs = format!(
                "{} + {} / {per_period}",
                numbers::money(initiative.one_off_cost, &currency, lang),
                numbers::money(initiative.cost_per_period, &currency, lang)
            );
            if ui
                .checkbox(&mut on, RichText::new(&initiative.name).size(15.0))
                .changed()
            {
                if on {
                    chosen.push(initiative.id.clone());
                } else {
                    chosen.retain(|id| *id != initiative.id);
                }
            }
            ui.label(
                RichText::new(format!(
                    "{} · {costs}",
                    catalog::initiative_kind_label(initiative.kind, lang)
                ))
                .weak(),
            );
        });
    }
    // Keep the project's order, so the file does not change with the order of clicks.
    let order: std::collections::HashMap<&Id, usize> = project
        .initiatives
        .iter()
        .enumerate()
        .rev()
        .map(|(position, i)| (&i.id, position))
        .collect();
    chosen.sort_by_key(|id| order.get(id).copied().unwrap_or(usize::MAX));
    let scenario_changed = chosen != project.scenarios[index].initiatives;
    if scenario_changed {
        project.scenarios[index].initiatives = chosen;
    }
    let by_id: std::collections::HashMap<&Id, &crate::model::Initiative> = project
        .initiatives
        .iter()
        .rev()
        .map(|i| (&i.id, i))
        .collect();
    let (one_off, running): (f64, f64) = project.scenarios[index]
        .initiatives
        .iter()
        .filter_map(|id| by_id.get(id).copied())
        .fold((0.0, 0.0), |(a, b), i| {
            (a + i.one_off_cost, b + i.cost_per_period)
        });
    if !project.scenarios[index].initiatives.is_empty() {
        ui.label(
            RichText::new(format!(
                "{}: {} + {} / {per_period}",
                tr::TOTAL_COST.get(lang),
                numbers::money(one_off, &currency, lang),
                numbers::money(running, &currency, lang)
            ))
            .strong(),
        );
    }

    section(ui, tr::ASSUMPTIONS.get(lang));
    ui.label(RichText::new(tr::ASSUMPTIONS_HINT.get(lang)).weak());
    assumptions_ui(ui, project, index, lang);

    section(ui, tr::MODEL_SETTINGS.get(lang));
    settings_ui(ui, project, lang);
    ui.add_space(20.0);
}

/// A value as the assumption's unit reads it.
pub fn assumption_text(key: AssumptionKey, value: f64, lang: Lang) -> String {
    match catalog::assumption_info(key).unit {
        Unit::Share => numbers::percent(value, 1, lang),
        Unit::Number => numbers::grouped(value, 2, lang),
    }
}

fn assumptions_ui(ui: &mut egui::Ui, project: &mut Project, index: usize, lang: Lang) {
    egui::Grid::new("assumptions")
        .num_columns(4)
        .striped(true)
        .spacing([18.0, 10.0])
        .show(ui, |ui| {
            ui.strong(tr::ASSUMPTION.get(lang));
            ui.strong(tr::PROJECT_VALUE.get(lang));
            ui.strong(tr::RANGE.get(lang));
            ui.strong(tr::THIS_SCENARIO.get(lang));
            ui.end_row();
            for key in AssumptionKey::ALL {
                let info = catalog::assumption_info(key);
                let Some(row) = project.assumptions.iter_mut().find(|a| a.key == key) else {
                    continue;
                };
                let label = ui
                    .vertical(|ui| {
                        ui.set_max_width(360.0);
                        let label = ui.add(egui::Label::new(info.label.get(lang)).wrap());
                        // Sources saved before they were cited by title are replaced on load.
                        ui.add(egui::Label::new(RichText::new(&row.source).small().weak()).wrap());
                        label
                    })
                    .inner;
                let (min, max) = info.bounds;
                value_editor(ui, key, &mut row.value, (min, max), lang).labelled_by(label.id);
                ui.label(format!(
                    "{} – {}",
                    assumption_text(key, row.low, lang),
                    assumption_text(key, row.high, lang)
                ));
                let (low, high) = (row.low.min(row.value), row.high.max(row.value));
                let project_value = row.value;
                let scenario = &mut project.scenarios[index];
                ui.horizontal(|ui| {
                    let mut overridden = scenario.override_of(key).is_some();
                    let toggle = ui
                        .checkbox(&mut overridden, tr::OVERRIDE.get(lang))
                        .labelled_by(label.id);
                    if toggle.changed() {
                        if overridden {
                            scenario.overrides.push(AssumptionOverride {
                                key,
                                value: project_value,
                            });
                            scenario.overrides.sort_by_key(|o| o.key.index());
                        } else {
                            scenario.overrides.retain(|o| o.key != key);
                        }
                    }
                    ui.spacing_mut().slider_width = 130.0;
                    if let Some(o) = scenario.overrides.iter_mut().find(|o| o.key == key) {
                        let (low, high) = (low.min(o.value), high.max(o.value));
                        override_slider(ui, key, &mut o.value, (low, high), lang)
                            .labelled_by(label.id);
                    }
                });
                ui.end_row();
            }
        });
}

/// A drag value for an assumption's project value, in its unit, kept within its bounds.
fn value_editor(
    ui: &mut egui::Ui,
    key: AssumptionKey,
    value: &mut f64,
    (min, max): (f64, f64),
    lang: Lang,
) -> egui::Response {
    match catalog::assumption_info(key).unit {
        Unit::Share => {
            let mut percent = *value * 100.0;
            let response = ui.add(number_field(
                egui::DragValue::new(&mut percent)
                    .range(min * 100.0..=max * 100.0)
                    .speed(0.1)
                    .max_decimals(2)
                    .suffix(" %"),
                lang,
            ));
            if response.changed() {
                *value = (percent / 100.0).clamp(min, max);
            }
            response
        }
        Unit::Number => ui.add(number_field(
            egui::DragValue::new(value)
                .range(min..=max)
                .speed(0.01)
                .max_decimals(3),
            lang,
        )),
    }
}

/// A slider for a scenario's own value of an assumption, over its plausible range.
pub fn override_slider(
    ui: &mut egui::Ui,
    key: AssumptionKey,
    value: &mut f64,
    (low, high): (f64, f64),
    lang: Lang,
) -> egui::Response {
    let (low, high) = if high > low {
        (low, high)
    } else {
        (low - 1e-6, low + 1e-6)
    };
    match catalog::assumption_info(key).unit {
        Unit::Share => {
            let mut percent = *value * 100.0;
            let response = ui.add(number_slider(
                egui::Slider::new(&mut percent, low * 100.0..=high * 100.0)
                    .suffix(" %")
                    .max_decimals(1),
                lang,
            ));
            if response.changed() {
                *value = percent / 100.0;
            }
            response
        }
        Unit::Number => ui.add(number_slider(
            egui::Slider::new(value, low..=high).max_decimals(2),
            lang,
        )),
    }
}

fn settings_ui(ui: &mut egui::Ui, project: &mut Project, lang: Lang) {
    let settings = &mut project.settings;
    egui::Grid::new("model-settings")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            let label = ui.label(tr::PERIOD_LENGTH.get(lang));
            egui::ComboBox::from_id_salt("model-period")
                .selected_text(catalog::period_label(settings.period, lang))
                .show_ui(ui, |ui| {
                    for period in Period::ALL {
                        ui.selectable_value(
                            &mut settings.period,
                            period,
                            catalog::period_label(period, lang),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr::MARGIN_TIMING.get(lang));
            ui.horizontal(|ui| {
                for timing in [MarginTiming::EndOfPeriod, MarginTiming::StartOfPeriod] {
                    ui.radio_value(
                        &mut settings.margin_timing,
                        timing,
                        catalog::margin_timing_label(timing, lang),
                    );
                }
            })
            .response
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr::MC_RUNS.get(lang));
            ui.add(number_field(
                egui::DragValue::new(&mut settings.monte_carlo_runs)
                    .range(10..=crate::model::scenario::MAX_MONTE_CARLO_RUNS)
                    .speed(10.0),
                lang,
            ))
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr::RANDOM_SEED.get(lang));
            ui.add(egui::DragValue::new(&mut settings.random_seed))
                .labelled_by(label.id);
            ui.end_row();
        });
    egui::Grid::new("model-today")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            today::today_setting_ui(ui, project, lang);
            ui.end_row();
        });
    // What bounds growth and money: capacity (in all, per persona) and fixed costs.
    crate::ui::costs::limits_ui(ui, project, lang);
}
