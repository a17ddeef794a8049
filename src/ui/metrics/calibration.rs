//! Calibrating the model to a survey wave: the wave's length, "Calibrate to this wave" with
//! measured against modelled and the residual, the fitted assumptions, and "Apply", which
//! makes them the project's assumptions in one undo step.

use super::MetricsState;
use crate::engine::calibrate::{
    Calibration, CalibrationError, Options, Side, TargetFit, TargetKind, calibrate_with,
};
use crate::i18n::{Lang, Text, numbers, t};
use crate::model::catalog::{Unit, assumption_info};
use crate::model::survey::{DEFAULT_WAVE_MONTHS, MAX_WAVE_MONTHS};
use crate::model::{Assumption, Id, Period, Project, SurveyWave};
use crate::ui::Env;
use crate::ui::scenarios::periods_text;
use crate::ui::style::section;
use egui::{DragValue, RichText};

/// A calibration shown in the workspace, with what it was computed from (a change to the
/// wave or the assumptions makes it stale, and it is dropped).
pub struct CalibrationView {
    /// The wave calibrated to.
    pub wave: Id,
    wave_then: SurveyWave,
    assumptions_then: Vec<Assumption>,
    /// The personas' customers and active-loyal shares then (the starting mix).
    mix_then: Vec<(u64, f64)>,
    /// Whether the starting mix was kept as entered.
    keep_mix: bool,
    result: Result<Calibration, CalibrationError>,
}

/// The button that calibrates.
pub const CALIBRATE: Text = t("Calibrate to this wave", "Kalibreer op deze meting");
/// The button that applies a calibration.
pub const APPLY: Text = t("Apply", "Toepassen");

/// The wave's length row of the details grid: a number of the project's periods, or a note
/// that a quarter is assumed when the wave does not state it.
pub(super) fn length_row(ui: &mut egui::Ui, wave: &mut SurveyWave, period: Period, lang: Lang) {
    let label = ui.label(t("Length", "Lengte").get(lang));
    let per = period.months().max(1);
    ui.horizontal_wrapped(|ui| {
        let months = wave.months();
        if months.is_multiple_of(per) {
            let mut periods = months / per;
            let unit = periods_text(periods, period, lang);
            let word = unit.split_once(' ').map_or("", |(_, w)| w);
            let field = ui
                .add(
                    DragValue::new(&mut periods)
                        .range(1..=MAX_WAVE_MONTHS / per)
                        .suffix(format!(" {word}")),
                )
                .labelled_by(label.id);
            if field.changed() {
                wave.length_months = Some(periods * per);
            }
        } else {
            let mut stated = months;
            let word = months_word(stated, lang);
            let field = ui
                .add(
                    DragValue::new(&mut stated)
                        .range(1..=MAX_WAVE_MONTHS)
                        .suffix(format!(" {word}")),
                )
                .labelled_by(label.id);
            if field.changed() {
                wave.length_months = Some(stated);
            }
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    t(
                        "Not a whole number of model periods; compared over",
                        "Geen geheel aantal modelperiodes; vergeleken over"
                    )
                    .get(lang),
                    periods_text(((months + per / 2) / per).max(1), period, lang)
                ))
                .weak(),
            );
        }
        if !wave.length_stated() {
            ui.label(
                RichText::new(
                    t(
                        "Not stated: a quarter (3 months) is assumed.",
                        "Niet opgegeven: een kwartaal (3 maanden) wordt aangenomen.",
                    )
                    .get(lang),
                )
                .weak(),
            );
            if ui
                .button(t("Keep 3 months", "3 maanden aanhouden").get(lang))
                .clicked()
            {
                wave.length_months = Some(DEFAULT_WAVE_MONTHS);
            }
        }
    });
    ui.end_row();
}

fn months_word(months: u32, lang: Lang) -> &'static str {
    if months == 1 {
        t("month", "maand").get(lang)
    } else {
        t("months", "maanden").get(lang)
    }
}

/// The calibration section of wave `index`.
pub(super) fn calibration_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    index: usize,
    state: &mut MetricsState,
    env: &mut Env,
) {
    let lang = env.lang;
    let Some(wave) = project.surveys.get(index) else {
        return;
    };
    section(
        ui,
        t("Calibrate the model", "Het model kalibreren").get(lang),
    );
    ui.label(
        RichText::new(
            t(
                "Fits the score-to-chance midpoints, passive-loyal switching, base acquisition and each persona's share of active-loyal customers, so that the model without initiatives starts at this wave's NPS, keeps and wins customers as it measured over its length, and stays there instead of drifting on its own.",
                "Past de middens van score naar kans, de overstap van passief loyale klanten, de basisinstroom en het aandeel actief loyale klanten per persona aan, zodat het model zonder initiatieven begint bij de NPS van deze meting, over haar lengte evenveel klanten houdt en wint als gemeten, en daar blijft in plaats van vanzelf weg te drijven.",
            )
            .get(lang),
        )
        .weak(),
    );
    let has_nps = wave.nps.as_ref().is_some_and(|n| n.total() > 0);
    let has_retention = wave
        .retention
        .as_ref()
        .is_some_and(|r| r.customers_start > 0);
    if !has_nps && !has_retention {
        ui.label(
            t(
                "To calibrate, this wave needs the NPS answers (for the NPS at the start) or the customer counts S, E and N with customers at the start (for retention and new customers).",
                "Om te kalibreren heeft deze meting de NPS-antwoorden nodig (voor de NPS aan het begin) of de klantaantallen S, E en N met klanten aan het begin (voor retentie en nieuwe klanten).",
            )
            .get(lang),
        );
        return;
    }
    if !has_retention {
        ui.label(
            t(
                "Without customer counts (S, E, N) only the NPS is fitted; switching and acquisition stay as they are.",
                "Zonder klantaantallen (S, E, N) wordt alleen de NPS aangepast; overstap en instroom blijven zoals ze zijn.",
            )
            .get(lang),
        );
    } else if !has_nps {
        ui.label(
            t(
                "Without NPS answers the score-to-chance midpoints stay as they are.",
                "Zonder NPS-antwoorden blijven de middens van score naar kans zoals ze zijn.",
            )
            .get(lang),
        );
    }
    let stale = state.calibration.as_ref().is_some_and(|view| {
        view.wave != wave.id
            || &view.wave_then != wave
            || view.assumptions_then != project.assumptions
            || view.mix_then != mix_of(project)
            || view.keep_mix != state.keep_mix
    });
    if stale {
        state.calibration = None;
    }
    ui.checkbox(
        &mut state.keep_mix,
        t(
            "Keep each persona's starting share of active-loyal customers as entered",
            "Het beginaandeel actief loyale klanten van elke persona laten zoals ingevuld",
        )
        .get(lang),
    )
    .on_hover_text(
        t(
            "Off (recommended): each share is set to where the model holds it steady. On: the shares stay, and the model without initiatives moves away from them by itself.",
            "Uit (aanbevolen): elk aandeel wordt gezet op waar het model het vasthoudt. Aan: de aandelen blijven, en het model zonder initiatieven beweegt er vanzelf van weg.",
        )
        .get(lang),
    );
    if ui.button(CALIBRATE.get(lang)).clicked() {
        let options = Options {
            keep_mix: state.keep_mix,
        };
        state.calibration = Some(CalibrationView {
            wave: wave.id.clone(),
            wave_then: wave.clone(),
            assumptions_then: project.assumptions.clone(),
            mix_then: mix_of(project),
            keep_mix: state.keep_mix,
            result: calibrate_with(project, wave, options),
        });
    }
    let Some(view) = &state.calibration else {
        return;
    };
    let calibration = match &view.result {
        Ok(calibration) => calibration,
        Err(error) => {
            ui.colored_label(ui.visuals().warn_fg_color, error_text(error, lang));
            return;
        }
    };
    result_ui(ui, project, calibration, lang);
    if ui.button(APPLY.get(lang)).clicked() {
        let source = t("Calibrated to {wave}", "Gekalibreerd op {wave}")
            .fill(project.meta.language, &[("wave", &calibration.label)]);
        calibration.apply(project, &source);
        env.notify(format!(
            "{} {} — {}",
            if calibration.start_mix.is_empty() {
                t("Assumptions calibrated to", "Aannames gekalibreerd op")
            } else {
                t(
                    "Assumptions and starting mix calibrated to",
                    "Aannames en beginverdeling gekalibreerd op",
                )
            }
            .get(lang),
            calibration.label,
            t("Ctrl+Z undoes it", "Ctrl+Z maakt het ongedaan").get(lang)
        ));
        state.calibration = None;
    }
}

/// What a calibration of the starting mix was computed from: each persona's customers and
/// active-loyal share.
fn mix_of(project: &Project) -> Vec<(u64, f64)> {
    project
        .personas
        .iter()
        .map(|p| (p.segment.customers, p.segment.active_loyal_share))
        .collect()
}

fn error_text(error: &CalibrationError, lang: Lang) -> String {
    match error {
        CalibrationError::NoData => t(
            "This wave has neither NPS answers nor customer counts to calibrate to.",
            "Deze meting heeft geen NPS-antwoorden en geen klantaantallen om op te kalibreren.",
        )
        .get(lang)
        .to_string(),
        CalibrationError::UnknownPersona(_) => t(
            "This wave is about a persona the project no longer has: choose who was surveyed above.",
            "Deze meting gaat over een persona die het project niet meer heeft: kies hierboven wie is ondervraagd.",
        )
        .get(lang)
        .to_string(),
        CalibrationError::NoCustomers => t(
            "The customers this wave measured have no customers in the model: enter the persona's number of customers first.",
            "De klanten die deze meting mat hebben geen klanten in het model: vul eerst het aantal klanten van de persona in.",
        )
        .get(lang)
        .to_string(),
    }
}

/// A target's name with its unit and the wave's length.
fn target_name(kind: TargetKind, calibration: &Calibration, period: Period, lang: Lang) -> String {
    let over = periods_text(calibration.periods, period, lang);
    match kind {
        TargetKind::Nps => t("NPS at the start (points)", "NPS aan het begin (punten)")
            .get(lang)
            .to_string(),
        TargetKind::Retention => t("Retention over {over} (%)", "Retentie over {over} (%)")
            .fill(lang, &[("over", &over)]),
        TargetKind::NewCustomers => t(
            "New customers over {over} (people)",
            "Nieuwe klanten over {over} (mensen)",
        )
        .fill(lang, &[("over", &over)]),
    }
}

/// A target's value in its unit.
pub fn target_value(kind: TargetKind, value: f64, lang: Lang) -> String {
    match kind {
        TargetKind::Nps => numbers::signed(value, 1, lang),
        TargetKind::Retention => numbers::percent(value, 1, lang),
        TargetKind::NewCustomers => numbers::grouped(value, 0, lang),
    }
}

/// A residual in the target's unit: points, percentage points, people.
fn residual_text(fit: &TargetFit, lang: Lang) -> String {
    let r = fit.residual();
    match fit.kind {
        TargetKind::Nps => format!(
            "{} {}",
            numbers::signed(r, 1, lang),
            t("points", "punten").get(lang)
        ),
        TargetKind::Retention => format!(
            "{} {}",
            numbers::signed(r * 100.0, 1, lang),
            t("pp", "procentpunt").get(lang)
        ),
        TargetKind::NewCustomers => format!(
            "{} {}",
            numbers::signed(r, 0, lang),
            t("people", "mensen").get(lang)
        ),
    }
}

fn assumption_value(key: crate::model::AssumptionKey, value: f64, lang: Lang) -> String {
    match assumption_info(key).unit {
        Unit::Share => numbers::percent(value, 2, lang),
        Unit::Number => numbers::grouped(value, 3, lang),
    }
}

fn result_ui(ui: &mut egui::Ui, project: &Project, calibration: &Calibration, lang: Lang) {
    let period = project.settings.period;
    if !calibration.length_stated {
        ui.label(
            t(
                "The wave does not state its length: a quarter (3 months) is assumed.",
                "De meting geeft haar lengte niet op: een kwartaal (3 maanden) wordt aangenomen.",
            )
            .get(lang),
        );
    }
    if let Some(id) = &calibration.persona {
        let name = project.persona(id).map_or("", |p| p.name.as_str());
        ui.label(
            t(
                "Compared with {name} in the model. The assumptions hold for every persona.",
                "Vergeleken met {name} in het model. De aannames gelden voor elke persona.",
            )
            .fill(lang, &[("name", &name)]),
        );
    }
    if let (model, Some(measured)) = calibration.start_customers
        && (model - measured).abs() > 0.01 * measured
    {
        ui.label(
            t(
                "The model starts with {model} customers; the wave counted {measured} at its start. Retention is compared as a rate, new customers as a count.",
                "Het model begint met {model} klanten; de meting telde er {measured} aan het begin. Retentie wordt vergeleken als percentage, nieuwe klanten als aantal.",
            )
            .fill(
                lang,
                &[
                    ("model", &numbers::grouped(model, 0, lang)),
                    ("measured", &numbers::grouped(measured, 0, lang)),
                ],
            ),
        );
    }
    ui.add_space(6.0);
    table(
        ui,
        "calibration-targets",
        &[
            t("Target", "Doel"),
            t("Measured", "Gemeten"),
            t("Model now", "Model nu"),
            t("Calibrated", "Gekalibreerd"),
            t("Residual", "Verschil"),
        ],
        lang,
        |ui| {
            for fit in &calibration.targets {
                name_cell(ui, &target_name(fit.kind, calibration, period, lang));
                ui.label(target_value(fit.kind, fit.measured, lang));
                ui.label(target_value(fit.kind, fit.modelled_before, lang));
                ui.label(RichText::new(target_value(fit.kind, fit.modelled, lang)).strong());
                let residual = RichText::new(residual_text(fit, lang));
                if fit.met {
                    ui.label(residual);
                } else {
                    ui.label(residual.color(ui.visuals().warn_fg_color));
                }
                ui.end_row();
            }
        },
    );
    if let Some(precision) = nps_precision(project, calibration, lang) {
        ui.label(RichText::new(precision).weak());
    }
    for warning in warnings(project, calibration, lang) {
        ui.colored_label(ui.visuals().warn_fg_color, warning);
    }
    ui.add_space(6.0);
    table(
        ui,
        "calibration-values",
        &[
            t("Assumption", "Aanname"),
            t("Now", "Nu"),
            t("Calibrated", "Gekalibreerd"),
            t("Range", "Bereik"),
        ],
        lang,
        |ui| {
            for value in &calibration.fitted {
                name_cell(ui, assumption_info(value.key).label.get(lang));
                ui.label(assumption_value(value.key, value.before, lang));
                ui.label(RichText::new(assumption_value(value.key, value.value, lang)).strong());
                ui.label(format!(
                    "{} – {}",
                    assumption_value(value.key, value.low, lang),
                    assumption_value(value.key, value.high, lang)
                ));
                ui.end_row();
            }
        },
    );
    start_mix_ui(ui, project, calibration, lang);
}

/// Everything about a calibration a team must know before applying it, in `lang`: each
/// target it misses (by how much, why, and what data would fix it), each assumption it had to
/// set outside its plausible range, and each persona whose starting share of active-loyal
/// customers would be implausible. Empty when the fit is met with plausible values.
pub fn warnings(project: &Project, calibration: &Calibration, lang: Lang) -> Vec<String> {
    let period = project.settings.period;
    let mut out: Vec<String> = calibration
        .targets
        .iter()
        .filter(|f| !f.met)
        .map(|fit| missed_text(fit, calibration, period, lang))
        .collect();
    for value in calibration.fitted.iter().filter(|v| v.outside_range()) {
        let label = assumption_info(value.key).label.get(lang);
        out.push(
            t(
                "{label} had to leave its plausible range ({low} – {high}) to meet the measurement: {value}. Apply widens the range to include it; check the wave and the touchpoints first.",
                "{label} moest buiten het plausibele bereik ({low} – {high}) om de meting te halen: {value}. Toepassen verruimt het bereik; controleer eerst de meting en de touchpoints.",
            )
            .fill(
                lang,
                &[
                    ("label", &label),
                    ("low", &assumption_value(value.key, value.low, lang)),
                    ("high", &assumption_value(value.key, value.high, lang)),
                    ("value", &assumption_value(value.key, value.value, lang)),
                ],
            ),
        );
    }
    let (low, high) = crate::engine::calibrate::PLAUSIBLE_ACTIVE_SHARE;
    for share in calibration.start_mix.iter().filter(|s| s.outside_range()) {
        out.push(
            t(
                "{persona}: the model would hold {value} of these customers active loyal, outside the plausible {low} – {high}. The persona's touchpoints decide that balance (many delighting and few bad experiences push it up, many bad ones down): check their scores and reach in the Journey, or keep your own mix with the option above.",
                "{persona}: het model zou {value} van deze klanten actief loyaal houden, buiten het plausibele {low} – {high}. De touchpoints van de persona bepalen dat evenwicht (veel verrukkende en weinig slechte ervaringen duwen het omhoog, veel slechte omlaag): controleer hun scores en bereik in de Klantreis, of houd uw eigen verdeling met de optie hierboven.",
            )
            .fill(
                lang,
                &[
                    ("persona", &share.name),
                    ("value", &numbers::percent(share.value, 1, lang)),
                    ("low", &numbers::percent(low, 0, lang)),
                    ("high", &numbers::percent(high, 0, lang)),
                ],
            ),
        );
    }
    if let Some(note) = rising_retention(project, calibration, lang) {
        out.push(note);
    }
    out
}

/// When the measured retention of the wave's customers rises from wave to wave (up to this
/// one), one chain for all of them under-projects retention beyond a few periods: customers
/// who stay longer become more loyal (Fader & Hardie 2007, "How to project customer
/// retention"). Says so and suggests splitting the persona.
fn rising_retention(project: &Project, calibration: &Calibration, lang: Lang) -> Option<String> {
    let rates: Vec<f64> = project
        .surveys
        .iter()
        .filter(|w| w.persona == calibration.persona)
        .take_while(|w| w.id != calibration.wave)
        .chain(project.surveys.iter().filter(|w| w.id == calibration.wave))
        .filter_map(|w| crate::engine::metrics::WaveMetrics::of(w).retention_rate)
        .collect();
    let (first, last) = (*rates.first()?, *rates.last()?);
    let rising = rates.len() >= 2 && rates.windows(2).all(|w| w[1] >= w[0]) && last - first > 0.01;
    rising.then(|| {
        t(
            "Retention rose from wave to wave ({first} to {last}): customers who stay longer become more loyal (Fader & Hardie, \"How to project customer retention\"), and one set of assumptions for all of them will under-project retention beyond a few periods. Consider splitting the persona into newer and longer-standing customers.",
            "De retentie steeg van meting tot meting ({first} naar {last}): klanten die langer blijven worden loyaler (Fader & Hardie, \"How to project customer retention\"), en één set aannames voor allemaal onderschat de retentie na een paar perioden. Overweeg de persona te splitsen in nieuwere en langer bestaande klanten.",
        )
        .fill(
            lang,
            &[
                ("first", &numbers::percent(first, 1, lang)),
                ("last", &numbers::percent(last, 1, lang)),
            ],
        )
    })
}

/// How precisely the wave's answers measure the NPS: about ±2 standard errors, in points,
/// when the wave has its answers' groups.
fn nps_precision(project: &Project, calibration: &Calibration, lang: Lang) -> Option<String> {
    let wave = project.surveys.iter().find(|w| w.id == calibration.wave)?;
    let counts = wave.nps.as_ref()?;
    let answers = (counts.promoters + counts.passives + counts.detractors) as f64;
    if answers <= 0.0 {
        return None;
    }
    let (p, d) = (
        counts.promoters as f64 / answers,
        counts.detractors as f64 / answers,
    );
    let margin = 200.0 * ((p + d - (p - d).powi(2)) / answers).sqrt();
    Some(
        t(
            "{answers} answers measure the NPS to within about ±{margin} points (95 %).",
            "{answers} antwoorden meten de NPS tot op ongeveer ±{margin} punten (95 %).",
        )
        .fill(
            lang,
            &[
                ("answers", &numbers::grouped(answers, 0, lang)),
                ("margin", &numbers::grouped(margin, 0, lang)),
            ],
        ),
    )
}

/// The starting mix: each persona's share of active-loyal customers now and at its balance,
/// and how the share moves without initiatives after the calibration.
fn start_mix_ui(ui: &mut egui::Ui, project: &Project, calibration: &Calibration, lang: Lang) {
    start_shares_ui(ui, calibration, lang);
    let Some(drift) = calibration.drift else {
        return;
    };
    let over = periods_text(drift.periods, project.settings.period, lang);
    let text = t(
        "Without initiatives, after calibrating: {start} active-loyal customers at the start, {end} after {over}.",
        "Zonder initiatieven, na het kalibreren: {start} actief loyale klanten aan het begin, {end} na {over}.",
    )
    .fill(
        lang,
        &[
            ("start", &numbers::percent(drift.start, 1, lang)),
            ("end", &numbers::percent(drift.end, 1, lang)),
            ("over", &over),
        ],
    );
    if (drift.end - drift.start).abs() > DRIFT_WARNING {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!(
                "{text} {}",
                t(
                    "The mix drifts by itself, so part of every scenario's difference is not the initiatives' doing.",
                    "De verdeling schuift vanzelf, dus een deel van het verschil van elk scenario komt niet door de initiatieven.",
                )
                .get(lang)
            ),
        );
    } else {
        ui.label(text);
    }
}

/// A change in the active-loyal share without initiatives that is worth a warning.
const DRIFT_WARNING: f64 = 0.05;

fn start_shares_ui(ui: &mut egui::Ui, calibration: &Calibration, lang: Lang) {
    if calibration.start_mix.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(
        RichText::new(
            t(
                "Active-loyal customers at the start: each persona's share is set to where the model holds it steady, where as many customers become active loyal in a period as stop being so. With another share the model without initiatives would drift towards this one by itself, and a scenario would get the credit.",
                "Actief loyale klanten aan het begin: het aandeel van elke persona wordt gezet op waar het model het vasthoudt, waar per periode evenveel klanten actief loyaal worden als ophouden dat te zijn. Met een ander aandeel zou het model zonder initiatieven er vanzelf naartoe drijven, en zou een scenario de eer krijgen.",
            )
            .get(lang),
        )
        .weak(),
    );
    table(
        ui,
        "calibration-mix",
        &[
            t("Persona", "Persona"),
            t("Active loyal now", "Actief loyaal nu"),
            t("Calibrated", "Gekalibreerd"),
        ],
        lang,
        |ui| {
            for share in &calibration.start_mix {
                ui.label(&share.name);
                ui.label(numbers::percent(share.before, 1, lang));
                ui.label(RichText::new(numbers::percent(share.value, 1, lang)).strong());
                ui.end_row();
            }
        },
    );
}

/// A missed target in plain words: by how much, and why the model cannot go further.
fn missed_text(fit: &TargetFit, calibration: &Calibration, period: Period, lang: Lang) -> String {
    let name = target_name(fit.kind, calibration, period, lang);
    let by = residual_text(fit, lang);
    let measured = target_value(fit.kind, fit.measured, lang);
    let modelled = target_value(fit.kind, fit.modelled, lang);
    let why = match (fit.kind, fit.stopped_at) {
        (TargetKind::Nps, Some(Side::Low)) => t(
            "with the touchpoint scores as they are, this is the highest NPS the model reaches, even with both score-to-chance midpoints at their limits.",
            "met de touchpointscores zoals ze zijn is dit de hoogste NPS die het model haalt, ook met beide middens van score naar kans op hun grens.",
        ),
        (TargetKind::Nps, _) => t(
            "with the touchpoint scores as they are, this is the lowest NPS the model reaches, even with both score-to-chance midpoints at their limits.",
            "met de touchpointscores zoals ze zijn is dit de laagste NPS die het model haalt, ook met beide middens van score naar kans op hun grens.",
        ),
        (TargetKind::Retention, Some(Side::Low)) => t(
            "even with the least passive-loyal switching and the lowest chance of leaving after a negative experience allowed, the model loses more customers than measured.",
            "ook met de kleinste toegestane overstap van passief loyale klanten en de kleinste kans op vertrek na een negatieve ervaring verliest het model meer klanten dan gemeten.",
        ),
        (TargetKind::Retention, _) => t(
            "even with the most passive-loyal switching and leaving after a negative experience allowed, the model keeps more customers than measured.",
            "ook met de grootste toegestane overstap en kans op vertrek na een negatieve ervaring houdt het model meer klanten dan gemeten.",
        ),
        (TargetKind::NewCustomers, Some(Side::Low)) => t(
            "even with no base acquisition, referrals and win-back bring more new customers than measured.",
            "ook zonder basisinstroom brengen aanbevelingen en terugwinnen meer nieuwe klanten dan gemeten.",
        ),
        (TargetKind::NewCustomers, _) => t(
            "even at the highest base acquisition the model wins fewer: it runs out of prospects or capacity.",
            "ook met de hoogste basisinstroom wint het model er minder: de prospects of de capaciteit raken op.",
        ),
    };
    let fix = match (fit.kind, fit.stopped_at) {
        (TargetKind::Nps, Some(Side::Low)) => t(
            "What would fix it: touchpoint scores that are still guesses (Journey), since the measured NPS needs more delighting and fewer bad experiences than they give, or a larger wave.",
            "Wat zou helpen: touchpointscores die nog gissingen zijn (Klantreis), want de gemeten NPS vraagt meer verrukkende en minder slechte ervaringen dan ze geven, of een grotere meting.",
        ),
        (TargetKind::Nps, _) => t(
            "What would fix it: touchpoint scores that are still guesses (Journey), since the measured NPS needs more bad experiences than they give, or a larger wave.",
            "Wat zou helpen: touchpointscores die nog gissingen zijn (Klantreis), want de gemeten NPS vraagt meer slechte ervaringen dan ze geven, of een grotere meting.",
        ),
        (TargetKind::Retention, Some(Side::Low)) => t(
            "What would fix it: the touchpoints with bad experiences and their reach (Journey), since keeping that many customers needs fewer bad experiences than the journey gives, or the wave's customer counts (start, end, new).",
            "Wat zou helpen: de touchpoints met slechte ervaringen en hun bereik (Klantreis), want zoveel klanten houden vraagt minder slechte ervaringen dan de klantreis geeft, of de klantaantallen van de meting (begin, eind, nieuw).",
        ),
        (TargetKind::Retention, _) => t(
            "What would fix it: the wave's customer counts (start, end, new); a count of new customers that is too low makes retention look too low.",
            "Wat zou helpen: de klantaantallen van de meting (begin, eind, nieuw); een te laag aantal nieuwe klanten laat de retentie te laag lijken.",
        ),
        (TargetKind::NewCustomers, Some(Side::Low)) => t(
            "What would fix it: the wave's count of new customers, or the word-of-mouth assumptions (share who tell, people told, conversion) if fewer customers recommend you than they say.",
            "Wat zou helpen: het aantal nieuwe klanten van de meting, of de aannames over mond-tot-mondreclame (aandeel dat vertelt, aantal mensen, conversie) als minder klanten u aanbevelen dan die zeggen.",
        ),
        (TargetKind::NewCustomers, _) => t(
            "What would fix it: more prospects for the personas, or a higher capacity.",
            "Wat zou helpen: meer prospects voor de persona's, of een hogere capaciteit.",
        ),
    };
    t(
        "{name}: missed by {by} (model {modelled}, measured {measured}): {why} {fix}",
        "{name}: niet gehaald, {by} verschil (model {modelled}, gemeten {measured}): {why} {fix}",
    )
    .fill(
        lang,
        &[
            ("name", &name),
            ("by", &by),
            ("modelled", &modelled),
            ("measured", &measured),
            ("why", &why.get(lang)),
            ("fix", &fix.get(lang)),
        ],
    )
}

/// The first cell of a table row: a name that wraps after [`NAME_WIDTH`], so a long label
/// (Dutch, a large font) does not push the numbers out of view.
fn name_cell(ui: &mut egui::Ui, name: &str) {
    ui.scope(|ui| {
        ui.set_max_width(NAME_WIDTH);
        ui.add(egui::Label::new(name).wrap());
    });
}

/// Widest a row's name gets before it wraps, in points.
const NAME_WIDTH: f32 = 340.0;

/// A striped table with a row of `headings`, then the rows `body` adds.
fn table(
    ui: &mut egui::Ui,
    name: &str,
    headings: &[Text],
    lang: Lang,
    body: impl FnOnce(&mut egui::Ui),
) {
    egui::Grid::new(name)
        .num_columns(headings.len())
        .striped(true)
        .spacing([20.0, 6.0])
        .show(ui, |ui| {
            for heading in headings {
                ui.label(RichText::new(heading.get(lang)).strong());
            }
            ui.end_row();
            body(ui);
        });
}
