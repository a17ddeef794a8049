//! The Results tab of a scenario: headline numbers against the baseline, the uncertainty bands,
//! and the plots of PRODUCT.md §5, all recomputed live as the project changes.

use super::Env;
use super::plots::{MIN_PLOT_WIDTH, plot_ui};
use super::scenarios::{ScenariosState, periods_text};
use crate::charts::describe;
use crate::context::{Results, UncertaintyStatus};
use crate::engine::ScenarioRun;
use crate::i18n::{Lang, numbers, tr};
use crate::model::{Id, PlotKind, PlotSpec, Project};
use egui::{Color32, RichText};

const PLOT_HEIGHT: f32 = 300.0;

/// Draws the Results tab for the scenario at `index`.
pub fn results_ui(
    ui: &mut egui::Ui,
    project: &Project,
    index: usize,
    state: &mut ScenariosState,
    env: &mut Env,
) {
    let lang = env.lang;
    if project.personas.is_empty() {
        ui.label(RichText::new(tr::NO_PERSONAS_FOR_RESULTS.get(lang)).size(16.0));
        return;
    }
    let scenario = &project.scenarios[index];
    // Fresh results first (mutable), then read them.
    env.results.comparison(project);
    let busy = ui.input(|i| i.pointer.any_down());
    env.results.tornado(project, scenario, busy);
    let status = env.results.uncertainty_status(project);
    uncertainty_ui(ui, project, status, env);
    let results: &Results = env.results;
    let Some(comparison) = results.last_comparison() else {
        return;
    };
    let Some(run) = comparison.scenarios.get(index) else {
        return;
    };
    let is_as_is = |s: &crate::model::Scenario| s.initiatives.is_empty() && s.overrides.is_empty();
    headline_ui(
        ui,
        project,
        run,
        &comparison.baseline,
        is_as_is(scenario),
        lang,
    );
    ui.add_space(12.0);

    let inputs = describe::Results {
        comparison: Some(comparison),
        bands: results.bands(project),
        tornado: results.last_tornado(&scenario.id),
    };
    let spec = |kind, persona: Option<&Id>| PlotSpec {
        kind,
        scenario: Some(scenario.id.clone()),
        persona: persona.cloned(),
    };
    let plot = |kind, persona| describe::describe(project, &spec(kind, persona), &inputs, lang);
    let plot_in = |ui: &mut egui::Ui, kind, height| {
        if let Some(plot) = plot(kind, None) {
            plot_ui(ui, &format!("plot-{kind:?}"), &plot, height);
        }
    };
    for pair in [
        [PlotKind::ActiveLoyalComparison, PlotKind::ProfitComparison],
        [PlotKind::RevenueComparison, PlotKind::NpsComparison],
    ] {
        two_or_one(
            ui,
            |ui| plot_in(ui, pair[0], PLOT_HEIGHT),
            |ui| plot_in(ui, pair[1], PLOT_HEIGHT),
        );
        ui.add_space(14.0);
    }
    two_or_one(
        ui,
        |ui| {
            persona_picker(ui, project, state, lang);
            if let Some(plot) = plot(PlotKind::CustomersByState, state.persona.as_ref()) {
                plot_ui(ui, "customers-by-state", &plot, PLOT_HEIGHT);
            }
        },
        |ui| plot_in(ui, PlotKind::ClvPerPersona, PLOT_HEIGHT + 26.0),
    );
    ui.add_space(14.0);
    if let Some(plot) = plot(PlotKind::Tornado, None) {
        let rows = match &plot.y.scale {
            crate::charts::plot::Scale::Categories { labels, .. } => labels.len(),
            crate::charts::plot::Scale::Values(_) => 0,
        };
        let height = (rows as f32 * 26.0 + 90.0).max(220.0);
        plot_ui(ui, "tornado", &plot, height);
    }
    ui.add_space(20.0);
}

/// Two plots side by side when both get a readable width, else one under the other.
fn two_or_one(
    ui: &mut egui::Ui,
    left: impl FnOnce(&mut egui::Ui),
    right: impl FnOnce(&mut egui::Ui),
) {
    let gap = ui.spacing().item_spacing.x;
    if ui.available_width() >= 2.0 * MIN_PLOT_WIDTH + gap {
        ui.columns(2, |columns| {
            left(&mut columns[0]);
            right(&mut columns[1]);
        });
    } else {
        left(ui);
        ui.add_space(14.0);
        right(ui);
    }
}

fn persona_picker(ui: &mut egui::Ui, project: &Project, state: &mut ScenariosState, lang: Lang) {
    ui.horizontal(|ui| {
        let label = ui.label(tr::SHOW_FOR.get(lang));
        let selected = state
            .persona
            .as_ref()
            .and_then(|id| project.persona(id))
            .map(|p| p.name.clone())
            .unwrap_or_else(|| tr::ALL_PERSONAS.get(lang).to_string());
        egui::ComboBox::from_id_salt("state-persona")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.persona, None, tr::ALL_PERSONAS.get(lang));
                for persona in &project.personas {
                    ui.selectable_value(
                        &mut state.persona,
                        Some(persona.id.clone()),
                        &persona.name,
                    );
                }
            })
            .response
            .labelled_by(label.id);
    });
}

fn uncertainty_ui(ui: &mut egui::Ui, project: &Project, status: UncertaintyStatus, env: &mut Env) {
    let lang = env.lang;
    let runs = project.settings.monte_carlo_runs_used();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{}:", tr::UNCERTAINTY.get(lang))).strong());
        match status {
            UncertaintyStatus::NotRun => {
                ui.label(RichText::new(tr::UNCERTAINTY_NOT_RUN.get(lang)).weak());
                if ui
                    .button(format!(
                        "{} ({} × {})",
                        tr::RUN_UNCERTAINTY.get(lang),
                        numbers::grouped(f64::from(runs), 0, lang),
                        project.scenarios.len() + 1
                    ))
                    .clicked()
                {
                    env.results.start_uncertainty(project, ui.ctx());
                }
            }
            UncertaintyStatus::Running(done) => {
                ui.add(
                    egui::ProgressBar::new(done)
                        .desired_width(260.0)
                        .show_percentage(),
                );
                if ui.button(tr::CANCEL.get(lang)).clicked() {
                    env.results.cancel_uncertainty();
                }
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(100));
            }
            UncertaintyStatus::Ready => {
                ui.label(RichText::new(format!("✔ {}", tr::UNCERTAINTY_READY.get(lang))).weak());
                if ui.button(tr::RUN_AGAIN.get(lang)).clicked() {
                    env.results.start_uncertainty(project, ui.ctx());
                }
            }
            UncertaintyStatus::OutOfDate => {
                ui.label(
                    RichText::new(format!("⚠ {}", tr::UNCERTAINTY_OUT_OF_DATE.get(lang)))
                        .color(ui.visuals().warn_fg_color),
                );
                if ui.button(tr::RUN_AGAIN.get(lang)).clicked() {
                    env.results.start_uncertainty(project, ui.ctx());
                }
            }
        }
    });
    ui.add_space(8.0);
}

/// The numbers a CX lead looks at first, at the horizon, against the baseline.
fn headline_ui(
    ui: &mut egui::Ui,
    project: &Project,
    run: &ScenarioRun,
    baseline: &ScenarioRun,
    is_baseline: bool,
    lang: Lang,
) {
    let currency = &project.meta.currency;
    let horizon = run.periods.len().saturating_sub(1);
    let at = |r: &ScenarioRun| r.periods.get(horizon).or_else(|| r.periods.last()).cloned();
    let (Some(end), Some(base_end)) = (at(run), at(baseline)) else {
        return;
    };
    let revenue = |r: &ScenarioRun| {
        r.periods
            .iter()
            .take(horizon + 1)
            .map(|p| p.revenue)
            .sum::<f64>()
    };
    let money = |v: f64| numbers::money(v, currency, lang);
    let count = |v: f64| numbers::grouped(v, 0, lang);
    let signed_money = |v: f64| {
        let text = money(v);
        if v > 0.5 { format!("+{text}") } else { text }
    };
    let signed_count = |v: f64| numbers::signed(v.round(), 0, lang);
    let period = project.settings.period;
    let payback = match run.payback_period {
        Some(0) => tr::NOTHING_TO_PAY_BACK.get(lang).to_string(),
        Some(p) => match lang {
            Lang::En => format!("after {}", periods_text(p, period, lang)),
            Lang::Nl => format!("na {}", periods_text(p, period, lang)),
        },
        None => tr::NEVER.get(lang).to_string(),
    };
    let mut heading = format!(
        "{} ({})",
        tr::AT_HORIZON.get(lang),
        periods_text(horizon as u32, period, lang)
    );
    if is_baseline {
        // Changes against itself would all read 0: say what it is instead.
        heading = format!("{heading} · {}", tr::THIS_IS_THE_BASELINE.get(lang));
    }
    ui.label(RichText::new(heading).weak());
    let mut tiles: Vec<(&str, String, Option<Change>)> = Vec::new();
    let active = end.customers.active_loyal;
    let base_active = base_end.customers.active_loyal;
    tiles.push((
        tr::KPI_ACTIVE.get(lang),
        count(active),
        Some((active - base_active, signed_count(active - base_active))),
    ));
    let (paying, base_paying) = (end.customers.paying(), base_end.customers.paying());
    tiles.push((
        tr::KPI_CUSTOMERS.get(lang),
        count(paying),
        Some((paying - base_paying, signed_count(paying - base_paying))),
    ));
    let (r, br) = (revenue(run), revenue(baseline));
    tiles.push((
        tr::KPI_REVENUE.get(lang),
        money(r),
        Some((r - br, signed_money(r - br))),
    ));
    let (p, bp) = (end.cumulative_profit_pv, base_end.cumulative_profit_pv);
    tiles.push((
        tr::KPI_PROFIT.get(lang),
        money(p),
        Some((p - bp, signed_money(p - bp))),
    ));
    tiles.push((tr::KPI_PAYBACK.get(lang), payback, None));
    let nps = end
        .nps_estimate
        .map(|v| numbers::signed(v, 1, lang))
        .unwrap_or_else(|| numbers::NONE.into());
    let nps_delta = end
        .nps_estimate
        .zip(base_end.nps_estimate)
        .map(|(a, b)| (a - b, numbers::signed(a - b, 1, lang)));
    tiles.push((tr::KPI_NPS.get(lang), nps, nps_delta));
    // As many tiles per row as fit.
    let per_row = ((ui.available_width() + 8.0) / (TILE_WIDTH + 8.0 + 26.0))
        .floor()
        .max(1.0) as usize;
    if is_baseline {
        for (_, _, delta) in &mut tiles {
            *delta = None;
        }
    }
    for row in tiles.chunks(per_row) {
        ui.horizontal(|ui| {
            for (label, value, delta) in row {
                tile(ui, label, value, delta.clone(), lang);
            }
        });
    }
}

const TILE_WIDTH: f32 = 210.0;
const TILE_HEIGHT: f32 = 92.0;

/// A change against the baseline: its size (for the colour) and as text.
type Change = (f64, String);

/// A headline number with its change against the baseline (sign and colour).
fn tile(ui: &mut egui::Ui, label: &str, value: &str, delta: Option<Change>, lang: Lang) {
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(TILE_WIDTH);
            // One height for all, so a row of tiles lines up when a label wraps.
            ui.set_min_height(TILE_HEIGHT);
            ui.vertical(|ui| {
                ui.add(egui::Label::new(RichText::new(label).weak()).wrap());
                // Numbers large; a sentence (payback) smaller, so it fits.
                let size = if value.chars().any(|c| c.is_ascii_digit()) {
                    24.0
                } else {
                    18.0
                };
                ui.add(egui::Label::new(RichText::new(value).size(size).strong()).wrap());
                if let Some((change, text)) = delta {
                    let color = if change > 1e-9 {
                        Color32::from_rgb(0x2E, 0x7D, 0x32)
                    } else if change < -1e-9 {
                        Color32::from_rgb(0xC6, 0x28, 0x28)
                    } else {
                        ui.visuals().weak_text_color()
                    };
                    ui.label(
                        RichText::new(format!("{text} {}", tr::VS_BASELINE.get(lang))).color(color),
                    );
                }
            });
        });
}
