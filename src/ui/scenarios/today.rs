//! How "Today" moves: the choice in the model settings (steady, a stated trend, or the rate
//! of new customers the assumptions give) and the sentence that says which is in force.

use crate::engine::Comparison;
use crate::i18n::{Lang, Text, t};
use crate::model::scenario::{MAX_TREND_PER_YEAR, MIN_TREND_PER_YEAR};
use crate::model::{Project, TodayBasis};
use crate::ui::widgets::number_field;
use egui::RichText;

const TODAY: Text = t("Today, without initiatives", "Vandaag, zonder initiatieven");
const TODAY_HINT: Text = t(
    "How the business moves when nothing is done: the line every scenario is compared with.",
    "Hoe het bedrijf zich ontwikkelt als er niets gebeurt: de lijn waarmee elk scenario \
     wordt vergeleken.",
);
const STEADY: Text = t("Steady", "Gelijk");
const STEADY_HINT: Text = t(
    "Keeps the customers and loyalty mix you entered: each period, as many new customers come \
     in as the model expects to lose. Use this until you know your trend or have a survey wave \
     to calibrate to.",
    "Houdt de klanten en loyaliteitsverdeling die u invoerde: elke periode komen er evenveel \
     nieuwe klanten bij als het model verwacht te verliezen. Gebruik dit tot u uw trend kent \
     of een meting hebt om op te kalibreren.",
);
const TREND: Text = t("Trend", "Trend");
const TREND_HINT: Text = t(
    "Customers grow (or shrink) by this much a year, keeping the loyalty mix you entered: \
     +5 % when the business grows 5 % a year.",
    "Klanten groeien (of krimpen) zoveel per jaar, met de loyaliteitsverdeling die u invoerde: \
     +5 % als het bedrijf 5 % per jaar groeit.",
);
const PER_YEAR: Text = t("% a year", "% per jaar");
const RATE: Text = t(
    "Assumed rate of new customers",
    "Aangenomen tempo van nieuwe klanten",
);
const CALIBRATED: Text = t("Calibrated to {wave}", "Gekalibreerd op {wave}");
const RATE_HINT: Text = t(
    "New customers come at the assumed share of the prospects a month (Assumptions) plus word \
     of mouth, so Today can grow or shrink by itself. Calibrating to a survey wave sets that \
     share from what was measured.",
    "Nieuwe klanten komen in het aangenomen deel van de prospects per maand (Aannames) plus \
     mond-tot-mondreclame, dus Vandaag kan vanzelf groeien of krimpen. Kalibreren op een \
     meting zet dat deel op wat gemeten is.",
);

/// The choice of how Today moves, as a row of the model settings grid (label, then the
/// choice). Edits the project in place: each change is one undo step.
pub fn today_setting_ui(ui: &mut egui::Ui, project: &mut Project, lang: Lang) {
    let label = ui
        .label(TODAY.get(lang))
        .on_hover_text(TODAY_HINT.get(lang));
    let rate_label = match project.today_wave_label() {
        Some(wave) => CALIBRATED.fill(lang, &[("wave", &wave)]),
        None => RATE.get(lang).to_string(),
    };
    let named_wave = project.calibrated_wave_by_sources();
    let today = &mut project.settings.today;
    ui.horizontal_wrapped(|ui| {
        let steady = ui
            .radio(matches!(today, TodayBasis::Steady), STEADY.get(lang))
            .on_hover_text(STEADY_HINT.get(lang));
        if steady.clicked() {
            *today = TodayBasis::Steady;
        }
        let trend = ui
            .radio(matches!(today, TodayBasis::Trend { .. }), TREND.get(lang))
            .on_hover_text(TREND_HINT.get(lang));
        if trend.clicked() && !matches!(today, TodayBasis::Trend { .. }) {
            *today = TodayBasis::Trend {
                growth_per_year: 0.05,
            };
        }
        if let TodayBasis::Trend { growth_per_year } = today {
            let mut percent = *growth_per_year * 100.0;
            let field = ui
                .add(
                    number_field(
                        egui::DragValue::new(&mut percent)
                            .range(MIN_TREND_PER_YEAR * 100.0..=MAX_TREND_PER_YEAR * 100.0)
                            .speed(0.1)
                            .max_decimals(1),
                        lang,
                    )
                    .suffix(format!(" {}", PER_YEAR.get(lang))),
                )
                .on_hover_text(TREND_HINT.get(lang))
                .labelled_by(trend.id);
            if field.changed() {
                *growth_per_year = percent / 100.0;
            }
        }
        let rate = ui
            .radio(matches!(today, TodayBasis::Rate { .. }), rate_label)
            .on_hover_text(RATE_HINT.get(lang));
        if rate.clicked() && !matches!(today, TodayBasis::Rate { .. }) {
            // The wave the assumptions were calibrated to, if they still say so.
            *today = TodayBasis::Rate {
                calibrated_to: named_wave,
            };
        }
        steady
    })
    .inner
    .labelled_by(label.id);
}

/// The sentence that says which Today is in force and how its customers move ("Today is
/// kept steady at the customers entered: 18 new customers a month make up for 18 lost."),
/// under the headline numbers.
pub fn today_line_ui(ui: &mut egui::Ui, project: &Project, comparison: &Comparison, lang: Lang) {
    let sentence =
        comparison
            .today
            .sentence(project.settings.period, project.today_wave_label(), lang);
    ui.label(RichText::new(sentence).weak())
        .on_hover_text(TODAY_HINT.get(lang));
}
