//! An initiative's costs: the one-off and running cost in the project currency, typed as
//! people write money, and read back as one sentence with the first year's total; when it
//! starts and how long it takes to work fully. Also the project's limits on growth and money:
//! the customers it can serve (in all and per persona) and its fixed costs per period.

use super::initiatives::{GRID_GAP, LABEL_COLUMN};
use crate::i18n::{Lang, Text, numbers, t, tr};
use crate::model::catalog;
use crate::model::initiative::MAX_START_OR_RAMP;
use crate::model::{Initiative, Period, Project};

const STARTS_IN: Text = t("Starts in", "Start in");
const STARTS_IN_HINT: Text = t(
    "The period in which the initiative starts: before it, it changes nothing and costs \
     nothing; its one-off cost falls in this period and its running cost starts here.",
    "De periode waarin het initiatief start: daarvoor verandert het niets en kost het niets; \
     de eenmalige kosten vallen in deze periode en de lopende kosten beginnen hier.",
);
const FULL_EFFECT_AFTER: Text = t("Full effect after", "Volledig effect na");
const FULL_EFFECT_HINT: Text = t(
    "How many periods it takes to work fully: with 3, the first period has a third of its \
     effect, the second two thirds, the third all of it. 0: all of it at once.",
    "Hoeveel perioden het duurt tot het volledig werkt: bij 3 heeft de eerste periode een \
     derde van het effect, de tweede twee derde, de derde alles. 0: alles meteen.",
);
const AT_ONCE: Text = t("at once", "meteen");
const CAPACITY: Text = t("Customers you can serve", "Klanten die je kunt bedienen");
const CAPACITY_HINT: Text = t(
    "The most customers the business can serve at once, all personas together (what its \
     rooms, seats or staff allow). New customers — from acquisition, word of mouth and \
     win-back — only fill the room left under it, so growth stops there. Off: no limit.",
    "Het grootste aantal klanten dat het bedrijf tegelijk kan bedienen, alle persona's samen \
     (wat kamers, plaatsen of mensen toelaten). Nieuwe klanten — uit werving, mond-tot-mond \
     en terugwinnen — vullen alleen de ruimte die eronder over is, dus daar stopt de groei. \
     Uit: geen grens.",
);
const PERSONA_CAPACITY_HINT: Text = t(
    "The most customers of this persona the business can serve at once. Its new customers \
     only fill the room left under it. Off: no limit of its own.",
    "Het grootste aantal klanten van deze persona dat het bedrijf tegelijk kan bedienen. \
     Nieuwe klanten vullen alleen de ruimte die eronder over is. Uit: geen eigen grens.",
);
const CAPACITY_PER_PERSONA: Text = t(
    "Customers you can serve, per persona",
    "Klanten die je kunt bedienen, per persona",
);
const LIMITED: Text = t("Limit", "Begrens");
const CUSTOMERS: Text = t("customers", "klanten");
const FIXED_COSTS_PER: Text = t("Fixed costs per", "Vaste kosten per");
const FIXED_COSTS_HINT: Text = t(
    "Costs that do not change with the number of customers: rent, salaries, systems. With \
     fixed costs the result is a profit (margin − initiative costs − fixed costs); without, \
     it is a contribution (margin − initiative costs). Off: not given.",
    "Kosten die niet veranderen met het aantal klanten: huur, salarissen, systemen. Met vaste \
     kosten is de uitkomst een winst (marge − kosten van initiatieven − vaste kosten); \
     zonder is het een bijdrage (marge − kosten van initiatieven). Uit: niet opgegeven.",
);

/// The one-off and running cost fields, in the project currency.
pub fn costs_ui(
    ui: &mut egui::Ui,
    initiative: &mut Initiative,
    currency: &str,
    period: Period,
    lang: Lang,
) {
    egui::Grid::new("initiative-costs")
        .num_columns(2)
        .spacing([GRID_GAP, 8.0])
        .min_col_width(LABEL_COLUMN)
        .show(ui, |ui| {
            let label = ui.label(tr::ONE_OFF_COST.get(lang));
            money_field_ui(ui, &mut initiative.one_off_cost, 100.0, currency, lang)
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(format!(
                "{} {}",
                tr::RUNNING_COST_PER.get(lang),
                period_word(period, lang)
            ));
            money_field_ui(ui, &mut initiative.cost_per_period, 10.0, currency, lang)
                .labelled_by(label.id);
            ui.end_row();
        });
}

/// When the initiative starts and how long it takes to work fully, in the model's periods
/// ("Starts in month 4", "Full effect after 3 months"), each with a one-line hover.
pub fn timing_ui(ui: &mut egui::Ui, initiative: &mut Initiative, period: Period, lang: Lang) {
    egui::Grid::new("initiative-timing")
        .num_columns(2)
        .spacing([GRID_GAP, 8.0])
        .min_col_width(LABEL_COLUMN)
        .show(ui, |ui| {
            let label = ui
                .label(STARTS_IN.get(lang))
                .on_hover_text(STARTS_IN_HINT.get(lang));
            // People count periods from 1; the file from 0.
            let mut shown = initiative.start_period.saturating_add(1);
            let word = period_word(period, lang);
            let response = ui
                .add(
                    egui::DragValue::new(&mut shown)
                        .range(1..=MAX_START_OR_RAMP)
                        .speed(0.1)
                        .prefix(format!("{word} ")),
                )
                .on_hover_text(STARTS_IN_HINT.get(lang))
                .labelled_by(label.id);
            if response.changed() {
                initiative.start_period = shown.saturating_sub(1);
            }
            ui.end_row();
            let label = ui
                .label(FULL_EFFECT_AFTER.get(lang))
                .on_hover_text(FULL_EFFECT_HINT.get(lang));
            let plural = periods_word(period, lang);
            let at_once = AT_ONCE.get(lang);
            ui.add(
                egui::DragValue::new(&mut initiative.ramp_periods)
                    .range(0..=MAX_START_OR_RAMP)
                    .speed(0.1)
                    .custom_formatter(move |v, _| {
                        if v < 0.5 {
                            at_once.to_string()
                        } else if v < 1.5 {
                            format!("1 {word}")
                        } else {
                            format!("{v:.0} {plural}")
                        }
                    })
                    .custom_parser(|text| {
                        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                        Some(digits.parse().unwrap_or(0.0))
                    }),
            )
            .on_hover_text(FULL_EFFECT_HINT.get(lang))
            .labelled_by(label.id);
            ui.end_row();
        });
}

/// "Starts in month 4, full effect after 3 months" / "Start in maand 4, volledig effect na
/// 3 maanden"; "Starts in month 1 at full effect" without a ramp.
pub fn timing_summary(initiative: &Initiative, period: Period, lang: Lang) -> String {
    let word = period_word(period, lang);
    let start = initiative.start_period.saturating_add(1);
    let ramp = initiative.ramp_periods;
    match ramp {
        0 | 1 => t(
            "Starts in {period} {start} at full effect",
            "Start in {period} {start} met volledig effect",
        )
        .fill(lang, &[("period", &word), ("start", &start)]),
        _ => t(
            "Starts in {period} {start}, full effect after {ramp} {periods}",
            "Start in {period} {start}, volledig effect na {ramp} {periods}",
        )
        .fill(
            lang,
            &[
                ("period", &word),
                ("start", &start),
                ("ramp", &ramp),
                ("periods", &periods_word(period, lang)),
            ],
        ),
    }
}

/// "months", "kwartalen": the model period in the plural, inside a sentence.
pub fn periods_word(period: Period, lang: Lang) -> &'static str {
    match period {
        Period::Month => t("months", "maanden"),
        Period::Quarter => t("quarters", "kwartalen"),
        Period::Year => t("years", "jaren"),
    }
    .get(lang)
}

/// The project's limits: the customers it can serve (in all, and per persona) and its fixed
/// costs per period, each optional (a tick turns it on), with units and hovers. Edits the
/// project in place, as every settings field does, so each change is one undo step.
pub fn limits_ui(ui: &mut egui::Ui, project: &mut Project, lang: Lang) {
    let starting: f64 = project
        .personas
        .iter()
        .map(|p| p.segment.customers as f64)
        .sum();
    let currency = project.meta.currency.clone();
    let period = project.settings.period;
    egui::Grid::new("model-limits")
        .num_columns(2)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            let label = ui
                .label(CAPACITY.get(lang))
                .on_hover_text(CAPACITY_HINT.get(lang));
            optional_count_ui(
                ui,
                "capacity",
                &mut project.settings.capacity,
                starting,
                CAPACITY_HINT.get(lang),
                lang,
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui
                .label(format!(
                    "{} {}",
                    FIXED_COSTS_PER.get(lang),
                    period_word(period, lang)
                ))
                .on_hover_text(FIXED_COSTS_HINT.get(lang));
            ui.horizontal(|ui| {
                let fixed = &mut project.settings.fixed_costs_per_period;
                let mut on = fixed.is_some();
                let tick = ui
                    .checkbox(&mut on, "")
                    .on_hover_text(FIXED_COSTS_HINT.get(lang));
                if tick.changed() {
                    *fixed = on.then_some(0.0);
                }
                if let Some(value) = fixed {
                    money_field_ui(ui, value, 100.0, &currency, lang)
                        .on_hover_text(FIXED_COSTS_HINT.get(lang));
                }
                tick
            })
            .inner
            .labelled_by(label.id);
            ui.end_row();
        });
    if project.personas.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(CAPACITY_PER_PERSONA.get(lang))
        .id_salt("capacity-per-persona")
        .default_open(project.personas.iter().any(|p| p.capacity.is_some()))
        .show(ui, |ui| {
            egui::Grid::new("persona-capacities")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for persona in &mut project.personas {
                        let label = ui
                            .label(&persona.name)
                            .on_hover_text(PERSONA_CAPACITY_HINT.get(lang));
                        let customers = persona.segment.customers as f64;
                        ui.push_id(persona.id.as_str(), |ui| {
                            optional_count_ui(
                                ui,
                                "persona-capacity",
                                &mut persona.capacity,
                                customers,
                                PERSONA_CAPACITY_HINT.get(lang),
                                lang,
                            )
                        })
                        .inner
                        .labelled_by(label.id);
                        ui.end_row();
                    }
                });
        });
}

/// An optional number of customers: a tick to limit, then the number with its unit. Turned
/// on, it starts at the customers there are now, rounded up to a hundred.
fn optional_count_ui(
    ui: &mut egui::Ui,
    salt: &str,
    value: &mut Option<f64>,
    now: f64,
    hint: &str,
    lang: Lang,
) -> egui::Response {
    ui.horizontal(|ui| {
        let mut on = value.is_some();
        let tick = ui.checkbox(&mut on, LIMITED.get(lang)).on_hover_text(hint);
        if tick.changed() {
            *value = on.then(|| (now / 100.0).ceil().max(1.0) * 100.0);
        }
        if let Some(count) = value {
            if count.is_finite() {
                ui.push_id(salt, |ui| {
                    ui.add_sized(
                        [140.0, ui.spacing().interact_size.y],
                        egui::DragValue::new(count)
                            .range(0.0..=1e12)
                            .speed(10.0)
                            .custom_formatter(move |v, _| numbers::grouped(v, 0, lang))
                            .custom_parser(move |text| parse_money(text, lang)),
                    )
                    .on_hover_text(hint);
                });
                ui.label(CUSTOMERS.get(lang));
            } else if ui.button(tr::SET_TO_ZERO.get(lang)).clicked() {
                *count = 0.0;
            }
        }
        tick
    })
    .inner
}

/// An amount of money, shown as people read it (`€ 25.000`) and typed either way.
fn money_field_ui(
    ui: &mut egui::Ui,
    value: &mut f64,
    speed: f64,
    currency: &str,
    lang: Lang,
) -> egui::Response {
    if !value.is_finite() {
        let response = ui.button(tr::SET_TO_ZERO.get(lang));
        if response.clicked() {
            *value = 0.0;
        }
        return response;
    }
    let shown = currency.to_string();
    ui.add_sized(
        [180.0, ui.spacing().interact_size.y],
        egui::DragValue::new(value)
            .speed(speed)
            .range(0.0..=1e12)
            .custom_formatter(move |v, _| numbers::money(v, &shown, lang))
            .custom_parser(move |text| parse_money(text, lang)),
    )
}

/// Reads an amount typed with or without currency sign and thousands separators, in the
/// conventions of `lang` (`€ 25.000,50` in Dutch, `€25,000.50` in English).
pub fn parse_money(text: &str, lang: Lang) -> Option<f64> {
    let decimal = numbers::decimal_mark(lang);
    let cleaned: String = text
        .chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '-' | '−' => Some('-'),
            c if c == decimal => Some('.'),
            _ => None,
        })
        .collect();
    cleaned.parse().ok()
}

/// "month", "kwartaal": the model period as a word inside a sentence.
pub fn period_word(period: Period, lang: Lang) -> String {
    catalog::period_label(period, lang).to_lowercase()
}

/// The costs in one line: "€35,000 one-off + €1,800 per month · first year €56,600".
pub fn cost_summary(
    one_off: f64,
    per_period: f64,
    currency: &str,
    period: Period,
    lang: Lang,
) -> String {
    let one_off = if one_off.is_finite() { one_off } else { 0.0 };
    let per_period = if per_period.is_finite() {
        per_period
    } else {
        0.0
    };
    let once = format!(
        "{} {}",
        numbers::money(one_off, currency, lang),
        tr::ONE_OFF.get(lang)
    );
    let running = format!(
        "{} {} {}",
        numbers::money(per_period, currency, lang),
        tr::PER.get(lang),
        period_word(period, lang)
    );
    let main = match (one_off > 0.0, per_period > 0.0) {
        (false, false) => return tr::NO_COSTS.get(lang).to_string(),
        (true, false) => once,
        (false, true) => running,
        (true, true) => format!("{once} + {running}"),
    };
    let periods_per_year = f64::from(12 / period.months().max(1));
    let first_year = one_off + per_period * periods_per_year;
    format!(
        "{main} · {} {}",
        tr::FIRST_YEAR.get(lang),
        numbers::money(first_year, currency, lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_read_as_a_sentence_in_both_languages() {
        assert_eq!(
            cost_summary(35_000.0, 1_800.0, "EUR", Period::Month, Lang::Nl),
            "€ 35.000 eenmalig + € 1.800 per maand · eerste jaar € 56.600"
        );
        assert_eq!(
            cost_summary(0.0, 500.0, "GBP", Period::Quarter, Lang::En),
            "£500 per quarter · first year £2,000"
        );
        assert_eq!(
            cost_summary(0.0, 0.0, "EUR", Period::Month, Lang::En),
            "No costs entered yet"
        );
    }

    #[test]
    fn money_is_read_as_typed() {
        assert_eq!(parse_money("€ 25.000", Lang::Nl), Some(25_000.0));
        assert_eq!(parse_money("€25,000.50", Lang::En), Some(25_000.5));
        assert_eq!(parse_money("1500", Lang::En), Some(1_500.0));
        assert_eq!(parse_money("veel", Lang::Nl), None);
    }
}
