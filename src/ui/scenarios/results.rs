//! The Results tab of a scenario: headline numbers against the baseline, the uncertainty bands,
//! and the plots of PRODUCT.md §5, all recomputed live as the project changes.

use super::{ScenariosState, periods_text};
use crate::charts::scenarios::ValueUnit;
use crate::context::{Results, UncertaintyStatus};
use crate::engine::ScenarioRun;
use crate::engine::monte_carlo::MonteCarlo;
use crate::i18n::{Lang, Text, numbers, t, tr};
use crate::model::{Id, PlotKind, PlotSpec, Project};
use crate::ui::Env;
use crate::ui::plots::{MIN_PLOT_WIDTH, plot_ui};
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
    // Fresh results first (mutable), then read them; each plot below asks for what it needs.
    env.results.comparison(project);
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
    let bands = results.bands(project);
    let band = bands
        .iter()
        .find(|(id, _)| id.as_ref() == Some(&scenario.id))
        .map(|(_, mc)| mc);
    values_switch_ui(ui, &mut state.absolute, !bands.is_empty(), lang);
    headline_ui(
        ui,
        project,
        (run, &comparison.baseline),
        band,
        (is_as_is(scenario), !state.absolute),
        lang,
    );
    super::today::today_line_ui(ui, project, comparison, lang);
    ui.add_space(12.0);

    let absolute = state.absolute;
    let spec = |kind, persona: Option<&Id>| PlotSpec {
        scenario: Some(scenario.id.clone()),
        persona: persona.cloned(),
        absolute,
        ..PlotSpec::of(kind)
    };
    let plot_in = |ui: &mut egui::Ui, env: &mut Env, kind, height| {
        if let Some(plot) = env.plot(project, &spec(kind, None)) {
            plot_ui(ui, env, &format!("plot-{kind:?}"), &plot, height);
        }
    };
    for pair in [
        [PlotKind::ActiveLoyalComparison, PlotKind::ProfitComparison],
        [PlotKind::RevenueComparison, PlotKind::NpsComparison],
    ] {
        two_or_one(
            ui,
            env,
            |ui, env| plot_in(ui, env, pair[0], PLOT_HEIGHT),
            |ui, env| plot_in(ui, env, pair[1], PLOT_HEIGHT),
        );
        ui.add_space(14.0);
    }
    two_or_one(
        ui,
        env,
        |ui, env| {
            persona_picker(ui, project, state, lang);
            let spec = spec(PlotKind::CustomersByState, state.persona.as_ref());
            if let Some(plot) = env.plot(project, &spec) {
                plot_ui(ui, env, "customers-by-state", &plot, PLOT_HEIGHT);
            }
        },
        |ui, env| plot_in(ui, env, PlotKind::ClvPerPersona, PLOT_HEIGHT + 26.0),
    );
    ui.add_space(14.0);
    if let Some(plot) = env.plot(project, &spec(PlotKind::Tornado, None)) {
        let rows = match &plot.y.scale {
            crate::charts::plot::Scale::Categories { labels, .. } => labels.len(),
            crate::charts::plot::Scale::Values(_) => 0,
        };
        // Rows tall enough for an assumption's name in two lines: every name whole.
        let line = ui.text_style_height(&egui::TextStyle::Body);
        let height = (rows as f32 * (2.0 * line + 6.0) + 110.0).max(220.0);
        plot_ui(ui, env, "tornado", &plot, height);
    }
    ui.add_space(20.0);
}

/// The choice between differences from Today (the default) and each scenario's own values,
/// for the tiles and the comparison plots; with uncertainty bands run, where they show.
fn values_switch_ui(ui: &mut egui::Ui, absolute: &mut bool, has_bands: bool, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        crate::ui::widgets::against_today_choice(ui, absolute, lang);
        if has_bands && !*absolute {
            ui.label(RichText::new(BANDS_WITH_ABSOLUTE.get(lang)).weak());
        }
    });
    ui.add_space(4.0);
}

const BANDS_WITH_ABSOLUTE: Text = t(
    "The uncertainty bands show with the absolute values.",
    "De onzekerheidsbanden staan bij de absolute waarden.",
);

/// Two plots side by side when both get a readable width, else one under the other.
fn two_or_one(
    ui: &mut egui::Ui,
    env: &mut Env,
    left: impl FnOnce(&mut egui::Ui, &mut Env),
    right: impl FnOnce(&mut egui::Ui, &mut Env),
) {
    let gap = ui.spacing().item_spacing.x;
    if ui.available_width() >= 2.0 * MIN_PLOT_WIDTH + gap {
        ui.columns(2, |columns| {
            left(&mut columns[0], env);
            right(&mut columns[1], env);
        });
    } else {
        left(ui, env);
        ui.add_space(14.0);
        right(ui, env);
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

/// The numbers a CX lead looks at first, at the horizon, against the baseline: rounded for
/// people (£51.1M, NPS +30, 13.1k) with the exact value on hover, the unit in each label, and
/// after the uncertainty bands the 10th–90th percentile under the value.
fn headline_ui(
    ui: &mut egui::Ui,
    project: &Project,
    runs: (&ScenarioRun, &ScenarioRun),
    band: Option<&MonteCarlo>,
    (is_baseline, against_today): (bool, bool),
    lang: Lang,
) {
    let horizon = runs.0.periods.len().saturating_sub(1);
    let against_today = against_today && !is_baseline;
    let Some(tiles) = headline_tiles(project, runs, band, against_today, lang) else {
        return;
    };
    let mut heading = format!(
        "{} ({})",
        tr::AT_HORIZON.get(lang),
        periods_text(horizon as u32, project.settings.period, lang)
    );
    if is_baseline {
        // Changes against itself would all read 0: say what it is instead.
        heading = format!("{heading} · {}", tr::THIS_IS_THE_BASELINE.get(lang));
    }
    ui.label(RichText::new(heading).weak());
    tiles_ui(ui, tiles, (is_baseline, against_today), lang);
}

/// The headline tiles at the horizon: active-loyal customers, customers, revenue, the result,
/// payback and NPS, each against the baseline and with its band where run; `None` when a run
/// has no periods.
fn headline_tiles(
    project: &Project,
    (run, baseline): (&ScenarioRun, &ScenarioRun),
    band: Option<&MonteCarlo>,
    against_today: bool,
    lang: Lang,
) -> Option<Vec<Tile>> {
    let currency = &project.meta.currency;
    let horizon = run.periods.len().saturating_sub(1);
    let at = |r: &ScenarioRun| r.periods.get(horizon).or_else(|| r.periods.last()).cloned();
    let (end, base_end) = (at(run)?, at(baseline)?);
    let band_end = band.and_then(|mc| {
        mc.periods
            .iter()
            .find(|p| p.period as usize == horizon)
            .or(mc.periods.last())
    });
    let revenue = |r: &ScenarioRun| {
        r.periods
            .iter()
            .take(horizon + 1)
            .map(|p| p.revenue)
            .sum::<f64>()
    };
    let people = ValueUnit::Customers;
    let money = ValueUnit::Money(currency.clone());
    let points = ValueUnit::Points;
    let period = project.settings.period;
    let payback = match run.payback_period {
        Some(0) => tr::NOTHING_TO_PAY_BACK.get(lang).to_string(),
        Some(p) => t("after {periods}", "na {periods}")
            .fill(lang, &[("periods", &periods_text(p, period, lang))]),
        None => tr::NEVER.get(lang).to_string(),
    };
    let words = tr::ResultWords::new(project.settings.fixed_costs_per_period);
    let mut tiles: Vec<Tile> = Vec::new();
    let numeric = |label: String,
                   unit: &ValueUnit,
                   value: f64,
                   base: f64,
                   band: Option<crate::engine::monte_carlo::Band>| {
        Tile {
            label,
            value: unit.format_rounded(value, lang),
            exact: Some(unit.format(value, lang)),
            // A band of the difference from Today would need each draw's own Today: the
            // bands show with the absolute values.
            band: band.filter(|_| !against_today).map(|b| {
                let scale = b.p10.abs().max(b.p90.abs());
                format!(
                    "p10–p90: {} – {}",
                    unit.format_rounded_on(b.p10, scale, lang),
                    unit.format_rounded_on(b.p90, scale, lang)
                )
            }),
            change: Some((
                value - base,
                signed_rounded(unit, value - base, lang),
                unit.format(value - base, lang),
            )),
        }
    };
    let with_unit = |label: Text, unit: Text| format!("{} ({})", label.get(lang), unit.get(lang));
    let currency_unit = |label: Text| format!("{} ({currency})", label.get(lang));
    tiles.push(numeric(
        with_unit(tr::KPI_ACTIVE, tr::UNIT_PEOPLE),
        &people,
        end.customers.active_loyal,
        base_end.customers.active_loyal,
        band_end.map(|b| b.active_loyal),
    ));
    tiles.push(numeric(
        with_unit(tr::KPI_CUSTOMERS, tr::UNIT_PEOPLE),
        &people,
        end.customers.paying(),
        base_end.customers.paying(),
        band_end.map(|b| b.customers),
    ));
    tiles.push(numeric(
        currency_unit(tr::KPI_REVENUE),
        &money,
        revenue(run),
        revenue(baseline),
        band_end.map(|b| b.cumulative_revenue),
    ));
    tiles.push(numeric(
        currency_unit(words.kpi()),
        &money,
        end.cumulative_profit_pv,
        base_end.cumulative_profit_pv,
        band_end.map(|b| b.cumulative_profit_pv),
    ));
    tiles.push(Tile {
        label: tr::KPI_PAYBACK.get(lang).to_string(),
        value: payback,
        exact: None,
        band: None,
        change: None,
    });
    let nps_label = with_unit(tr::KPI_NPS, tr::UNIT_NPS_POINTS);
    match (end.nps_estimate, base_end.nps_estimate) {
        (Some(nps), base) => {
            let mut tile = numeric(
                nps_label,
                &points,
                nps,
                base.unwrap_or(nps),
                band_end.and_then(|b| b.nps_estimate),
            );
            if base.is_none() {
                tile.change = None;
            }
            tiles.push(tile);
        }
        (None, _) => tiles.push(Tile {
            label: nps_label,
            value: numbers::NONE.into(),
            exact: None,
            band: None,
            change: None,
        }),
    }
    Some(tiles)
}

/// The tiles in rows of as many as fit, all of one height (without their changes on the
/// baseline itself).
fn tiles_ui(
    ui: &mut egui::Ui,
    mut tiles: Vec<Tile>,
    (is_baseline, against_today): (bool, bool),
    lang: Lang,
) {
    // As many tiles per row as fit.
    let per_row = ((ui.available_width() + 8.0) / (TILE_WIDTH + 8.0 + 26.0))
        .floor()
        .max(1.0) as usize;
    if is_baseline {
        for tile in &mut tiles {
            tile.change = None;
        }
    }
    // One height for all: room for a two-line label and the value, and for the band and
    // change lines only when some tile has them (no tall empty boxes before the bands run).
    let extra_lines = [
        tiles.iter().any(|t| t.band.is_some()),
        tiles.iter().any(|t| t.change.is_some()),
    ]
    .into_iter()
    .filter(|&present| present)
    .count();
    let height = TILE_HEIGHT + TILE_LINE_HEIGHT * extra_lines as f32;
    for row in tiles.chunks(per_row) {
        ui.horizontal(|ui| {
            for t in row {
                tile(ui, t, (height, against_today), lang);
            }
        });
    }
}

/// A change rounded like its value, with its sign: `+1.2k`, `−£3.4M`, `+5`.
fn signed_rounded(unit: &ValueUnit, change: f64, lang: Lang) -> String {
    let text = unit.format_rounded(change, lang);
    let is_zero = !text.chars().any(|c| c.is_ascii_digit() && c != '0');
    if change > 0.0 && !is_zero && !text.starts_with('+') {
        format!("+{text}")
    } else {
        text
    }
}

const TILE_WIDTH: f32 = 210.0;
/// The least height of a tile: a label on two lines and the value.
const TILE_HEIGHT: f32 = 70.0;
/// What a band or change line adds.
const TILE_LINE_HEIGHT: f32 = 21.0;

/// One headline tile.
struct Tile {
    /// What it is, with its unit.
    label: String,
    /// The value rounded for people.
    value: String,
    /// The exact value, shown on hover.
    exact: Option<String>,
    /// The 10th–90th percentile after the uncertainty bands.
    band: Option<String>,
    /// The change against the baseline: its size (for the colour), rounded and exact.
    change: Option<(f64, String, String)>,
}

/// A headline number with its band and its change against the baseline (sign and colour).
/// `against_today`: the change is the big number, the scenario's own value under it.
fn tile(ui: &mut egui::Ui, tile: &Tile, (height, against_today): (f32, bool), lang: Lang) {
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(TILE_WIDTH);
            // One height for all, so a row of tiles lines up when a label wraps.
            ui.set_min_height(height);
            ui.vertical(|ui| {
                ui.add(egui::Label::new(RichText::new(&tile.label).weak()).wrap());
                let change_color = |ui: &egui::Ui, change: f64| {
                    if change > 1e-9 {
                        Color32::from_rgb(0x2E, 0x7D, 0x32)
                    } else if change < -1e-9 {
                        Color32::from_rgb(0xC6, 0x28, 0x28)
                    } else {
                        ui.visuals().weak_text_color()
                    }
                };
                // Numbers large; a sentence (payback) smaller, so it fits.
                let size = |text: &str| {
                    if text.chars().any(|c| c.is_ascii_digit()) {
                        24.0
                    } else {
                        18.0
                    }
                };
                if let (true, Some((change, text, exact))) = (against_today, &tile.change) {
                    ui.add(
                        egui::Label::new(
                            RichText::new(text)
                                .size(size(text))
                                .strong()
                                .color(change_color(ui, *change)),
                        )
                        .wrap(),
                    )
                    .on_hover_text(exact);
                    let own = t(
                        "{vs_today}; {value} in this scenario",
                        "{vs_today}; {value} in dit scenario",
                    )
                    .fill(
                        lang,
                        &[
                            ("vs_today", &tr::VS_BASELINE.get(lang)),
                            ("value", &tile.value),
                        ],
                    );
                    let own = ui.add(egui::Label::new(RichText::new(own).weak()).wrap());
                    if let Some(exact) = &tile.exact {
                        own.on_hover_text(exact);
                    }
                    if let Some(band) = &tile.band {
                        ui.label(RichText::new(band).weak())
                            .on_hover_text(tr::BAND_HINT.get(lang));
                    }
                    return;
                }
                let value = ui.add(
                    egui::Label::new(RichText::new(&tile.value).size(size(&tile.value)).strong())
                        .wrap(),
                );
                if let Some(exact) = &tile.exact {
                    value.on_hover_text(exact);
                }
                if let Some(band) = &tile.band {
                    ui.label(RichText::new(band).weak())
                        .on_hover_text(tr::BAND_HINT.get(lang));
                }
                if let Some((change, text, exact)) = &tile.change {
                    ui.label(
                        RichText::new(format!("{text} {}", tr::VS_BASELINE.get(lang)))
                            .color(change_color(ui, *change)),
                    )
                    .on_hover_text(exact);
                }
            });
        });
}
