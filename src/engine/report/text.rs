//! The report as plain text: aligned tables a person reads in a terminal.

use super::{CalibrationSummary, MeasuredModelled, Report, ScenarioSummary};
use crate::i18n::numbers::{NONE, grouped};
use crate::i18n::{Lang, t};
use crate::model::{Id, MarginTiming, Period};
use std::fmt::Write as _;

impl Report {
    /// The report as human-readable tables in the project's language: scenarios, CLV per
    /// persona, value gaps and survey metrics, with names where the JSON has ids.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write_heading(&mut out);
        self.write_scenarios(&mut out);
        self.write_lifetime_values(&mut out);
        self.write_value_gaps(&mut out);
        if !self.surveys.is_empty() {
            self.write_surveys(&mut out);
        }
        if let Some(c) = &self.calibration {
            write_calibration(&mut out, c, self.name_of(c.persona.as_ref()), self.lang);
        }
        out
    }

    /// The name of the persona `id`, or "all customers" for none.
    fn name_of(&self, id: Option<&Id>) -> String {
        match id {
            None => t("all customers", "alle klanten")
                .get(self.lang)
                .to_string(),
            Some(id) => self
                .personas
                .iter()
                .find(|p| &p.id == id)
                .map_or_else(|| id.to_string(), |p| p.name.clone()),
        }
    }

    /// The project's name and the units: currency, period, margin timing, fixed costs.
    fn write_heading(&self, out: &mut String) {
        let lang = self.lang;
        let period = match self.period {
            Period::Month => t("month", "maand"),
            Period::Quarter => t("quarter", "kwartaal"),
            Period::Year => t("year", "jaar"),
        }
        .get(lang);
        let timing = match self.margin_timing {
            MarginTiming::EndOfPeriod => t("end", "eind"),
            MarginTiming::StartOfPeriod => t("start", "begin"),
        }
        .get(lang);
        let title = t("Report: {project}", "Rapport: {project}");
        let _ = writeln!(out, "{}", title.fill(lang, &[("project", &self.project)]));
        let units = t(
            "Money in {currency}; one period is a {period}; margin counted at the {timing} of each period.",
            "Geld in {currency}; een periode is een {period}; marge geteld aan het {timing} van elke periode.",
        );
        let _ = writeln!(
            out,
            "{}",
            units.fill(
                lang,
                &[
                    ("currency", &self.currency),
                    ("period", &period),
                    ("timing", &timing)
                ]
            )
        );
        if let Some(fixed) = self.fixed_costs_per_period {
            let line = t(
                "Fixed costs: {amount} {currency} per {period}.",
                "Vaste kosten: {amount} {currency} per {period}.",
            );
            let _ = writeln!(
                out,
                "{}",
                line.fill(
                    lang,
                    &[
                        ("amount", &grouped(fixed, 0, lang)),
                        ("currency", &self.currency),
                        ("period", &period)
                    ]
                )
            );
        }
        let wave = self.today_wave.as_deref();
        let _ = writeln!(out, "{}", self.today.sentence(self.period, wave, lang));
    }

    /// Each scenario at its horizon, the baseline first.
    fn write_scenarios(&self, out: &mut String) {
        let lang = self.lang;
        // Margin minus initiative costs is a contribution; with fixed costs, a profit.
        let (heading, result_column) = match self.fixed_costs_per_period {
            Some(_) => (
                t(
                    "Scenarios (at the horizon; profit is a present value in {currency}, revenue undiscounted; NPS in points)",
                    "Scenario's (aan de horizon; winst is een contante waarde in {currency}, omzet niet verdisconteerd; NPS in punten)",
                ),
                t("Profit (PV)", "Winst (CW)"),
            ),
            None => (
                t(
                    "Scenarios (at the horizon; contribution is a present value in {currency}, revenue undiscounted; NPS in points)",
                    "Scenario's (aan de horizon; bijdrage is een contante waarde in {currency}, omzet niet verdisconteerd; NPS in punten)",
                ),
                t("Contribution (PV)", "Bijdrage (CW)"),
            ),
        };
        let heading = heading.fill(lang, &[("currency", &self.currency)]);
        let _ = writeln!(out, "\n{heading}");
        let headers = [
            t("Scenario", "Scenario"),
            t("Periods", "Perioden"),
            t("Prospects", "Prospects"),
            t("New", "Nieuw"),
            t("Passive", "Passief"),
            t("Active", "Actief"),
            t("Lost", "Verloren"),
            t("Revenue", "Omzet"),
            result_column,
            t("Payback", "Terugverdiend"),
            t("NPS", "NPS"),
        ];
        let mut table = Table::new(&headers, lang);
        table.row(scenario_row(&self.baseline, lang));
        for scenario in &self.scenarios {
            table.row(scenario_row(scenario, lang));
        }
        out.push_str(&table.render());
    }

    /// A new customer's lifetime value per persona, without and with each scenario.
    fn write_lifetime_values(&self, out: &mut String) {
        let lang = self.lang;
        let heading = t(
            "Lifetime value of a new customer ({currency})",
            "Klantwaarde van een nieuwe klant ({currency})",
        );
        let _ = writeln!(
            out,
            "\n{}",
            heading.fill(lang, &[("currency", &self.currency)])
        );
        let mut headers = vec![
            t("Persona", "Persona").get(lang).to_string(),
            BASELINE.get(lang).to_string(),
        ];
        headers.extend(self.scenarios.iter().map(|s| s.name.clone()));
        let mut table = Table::from_strings(headers);
        for persona in &self.personas {
            let mut row = vec![persona.name.clone()];
            row.extend(persona.clv.iter().map(|c| money(c.new, lang)));
            table.row(row);
        }
        out.push_str(&table.render());
    }

    /// Each persona's value model and its gap.
    fn write_value_gaps(&self, out: &mut String) {
        let lang = self.lang;
        let heading = t(
            "Value (0–10) and gap (perception − expectation)",
            "Waarde (0–10) en kloof (perceptie − verwachting)",
        );
        let _ = writeln!(out, "\n{}", heading.get(lang));
        let headers = [
            t("Persona", "Persona"),
            t("Expectation", "Verwachting"),
            t("Proposition", "Propositie"),
            t("Perception", "Perceptie"),
            t("Realisation", "Realisatie"),
            t("Gap", "Kloof"),
        ];
        let mut table = Table::new(&headers, lang);
        for persona in &self.personas {
            let v = &persona.value;
            table.row(vec![
                persona.name.clone(),
                score(v.expectation, false, lang),
                score(v.proposition, false, lang),
                score(v.perception, false, lang),
                score(v.realisation, false, lang),
                score(v.gap, true, lang),
            ]);
        }
        out.push_str(&table.render());
    }

    /// The metrics of each survey wave.
    fn write_surveys(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(out, "\n{}", t("Survey metrics", "Enquêtecijfers").get(lang));
        let headers = [
            t("Wave", "Meting"),
            t("Persona", "Persona"),
            t("NPS", "NPS"),
            t("CES", "CES"),
            t("CES 5–7", "CES 5–7"),
            t("CSAT", "CSAT"),
            t("Retention", "Retentie"),
            t("Churn", "Verloop"),
            t("Cart abandonment", "Verlaten winkelwagens"),
        ];
        let mut table = Table::new(&headers, lang);
        for wave in &self.surveys {
            let m = &wave.metrics;
            table.row(vec![
                wave.label.clone(),
                self.name_of(wave.persona.as_ref()),
                m.nps
                    .filter(|v| v.is_finite())
                    .map_or_else(|| NONE.into(), |v| crate::i18n::numbers::signed(v, 0, lang)),
                m.ces_mean
                    .filter(|v| v.is_finite())
                    .map_or_else(|| NONE.into(), |v| grouped(v, 2, lang)),
                percent(m.ces_share_agreeing, lang),
                percent(m.csat, lang),
                percent(m.retention_rate, lang),
                percent(m.churn_rate, lang),
                percent(m.cart_abandonment, lang),
            ]);
        }
        out.push_str(&table.render());
    }
}

/// The project as it is, with no scenario's initiatives.
const BASELINE: crate::i18n::Text = t("Today (no initiatives)", "Vandaag (geen initiatieven)");

/// The model against the latest survey wave: each target measured and modelled; `who` names
/// the persona measured (or all customers).
fn write_calibration(out: &mut String, c: &CalibrationSummary, who: String, lang: Lang) {
    let line = if c.length_stated {
        t(
            "Model against the latest wave: {wave} ({who}, {months} months)",
            "Model tegenover de laatste meting: {wave} ({who}, {months} maanden)",
        )
    } else {
        t(
            "Model against the latest wave: {wave} ({who}, {months} months, assumed)",
            "Model tegenover de laatste meting: {wave} ({who}, {months} maanden, aangenomen)",
        )
    };
    let line = line.fill(
        lang,
        &[("wave", &c.wave), ("who", &who), ("months", &c.months)],
    );
    let _ = writeln!(out, "\n{line}");
    let headers = [
        t("Target", "Doel"),
        t("Measured", "Gemeten"),
        t("Model", "Model"),
    ];
    let mut table = Table::new(&headers, lang);
    let row = |name: crate::i18n::Text,
               target: Option<&MeasuredModelled>,
               show: &dyn Fn(f64) -> String| {
        target.map(|t| {
            let model = t.modelled.filter(|v| v.is_finite());
            vec![
                name.get(lang).to_string(),
                show(t.measured),
                model.map_or_else(|| NONE.into(), show),
            ]
        })
    };
    let rows = [
        row(
            t("NPS at the start (points)", "NPS aan het begin (punten)"),
            c.nps.as_ref(),
            &|v| crate::i18n::numbers::signed(v, 1, lang),
        ),
        row(
            t("Retention over the wave", "Retentie over de meting"),
            c.retention.as_ref(),
            &|v| percent(Some(v), lang),
        ),
        row(
            t(
                "New customers over the wave (people)",
                "Nieuwe klanten over de meting (mensen)",
            ),
            c.new_customers.as_ref(),
            &|v| grouped(v, 0, lang),
        ),
    ];
    for cells in rows.into_iter().flatten() {
        table.row(cells);
    }
    out.push_str(&table.render());
}

fn scenario_row(s: &ScenarioSummary, lang: Lang) -> Vec<String> {
    let c = &s.final_customers;
    let name = if s.id.is_none() {
        BASELINE.get(lang).to_string()
    } else {
        s.name.clone()
    };
    vec![
        name,
        s.horizon_periods.to_string(),
        grouped(c.prospects, 0, lang),
        grouped(c.new, 0, lang),
        grouped(c.passive_loyal, 0, lang),
        grouped(c.active_loyal, 0, lang),
        grouped(c.lost, 0, lang),
        grouped(s.total_revenue, 0, lang),
        grouped(s.cumulative_profit_pv, 0, lang),
        match (s.payback_period, s.id.is_none()) {
            // The baseline has nothing to pay back.
            (_, true) => NONE.into(),
            (Some(period), false) => period.to_string(),
            (None, false) => t("never", "nooit").get(lang).to_string(),
        },
        s.final_nps_estimate
            .filter(|v| v.is_finite())
            .map_or_else(|| NONE.into(), |v| crate::i18n::numbers::signed(v, 1, lang)),
    ]
}

/// A score with one decimal (signed for a gap); "—" for a value that is not a number, which
/// only an invalid project gives (validation names it).
fn score(value: f64, signed: bool, lang: Lang) -> String {
    match (value.is_finite(), signed) {
        (false, _) => NONE.into(),
        (true, true) => crate::i18n::numbers::signed(value, 1, lang),
        (true, false) => grouped(value, 1, lang),
    }
}

fn money(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(|| NONE.into(), |v| grouped(v, 0, lang))
}

fn percent(share: Option<f64>, lang: Lang) -> String {
    share.filter(|v| v.is_finite()).map_or_else(
        || NONE.into(),
        |v| crate::i18n::numbers::percent(v, 1, lang),
    )
}

/// A text table: the first column left-aligned, the others right-aligned.
struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with `headers` in `lang`.
    fn new(headers: &[crate::i18n::Text], lang: Lang) -> Self {
        Self::from_strings(headers.iter().map(|h| h.get(lang).to_string()).collect())
    }

    fn from_strings(headers: Vec<String>) -> Self {
        Table {
            rows: vec![headers],
        }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    fn render(&self) -> String {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|cell| cell.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        for (r, row) in self.rows.iter().enumerate() {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                let pad = widths[c].saturating_sub(cell.chars().count());
                if c == 0 {
                    line.push_str(cell);
                    line.push_str(&" ".repeat(pad));
                } else {
                    line.push_str("  ");
                    line.push_str(&" ".repeat(pad));
                    line.push_str(cell);
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
            if r == 0 {
                let total = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
                out.push_str(&"-".repeat(total));
                out.push('\n');
            }
        }
        out
    }
}
