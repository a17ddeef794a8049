//! An initiative's costs: the one-off and running cost in the project currency, typed as
//! people write money, and read back as one sentence with the first year's total.

use super::initiatives::{GRID_GAP, LABEL_COLUMN};
use crate::i18n::{Lang, numbers, tr};
use crate::model::catalog;
use crate::model::{Initiative, Period};

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
    let decimal = match lang {
        Lang::En => '.',
        Lang::Nl => ',',
    };
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
