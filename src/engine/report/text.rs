//! The report as plain text: aligned tables a person reads in a terminal.

use super::{CalibrationSummary, MeasuredModelled, Report, ScenarioSummary};
use crate::i18n::Lang;
use crate::i18n::numbers::{NONE, grouped};
use crate::model::{MarginTiming, Period};
use std::fmt::Write as _;

impl Report {
    /// The report as human-readable tables: scenarios, CLV per persona, value gaps and survey
    /// metrics.
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
            write_calibration(&mut out, c);
        }
        out
    }

    /// The project's name and the units: currency, period, margin timing, fixed costs.
    fn write_heading(&self, out: &mut String) {
        let period = match self.period {
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        };
        let timing = match self.margin_timing {
            MarginTiming::EndOfPeriod => "end",
            MarginTiming::StartOfPeriod => "start",
        };
        let _ = writeln!(out, "Report: {}", self.project);
        let _ = writeln!(
            out,
            "Money in {}; one period is a {period}; margin counted at the {timing} of each period.",
            self.currency
        );
        if let Some(fixed) = self.fixed_costs_per_period {
            let _ = writeln!(
                out,
                "Fixed costs: {} {} per {period}.",
                grouped(fixed, 0, Lang::En),
                self.currency
            );
        }
    }

    /// Each scenario at its horizon, the baseline first.
    fn write_scenarios(&self, out: &mut String) {
        // Margin minus initiative costs is a contribution; with fixed costs, a profit.
        let (result, result_column) = match self.fixed_costs_per_period {
            Some(_) => ("profit", "Profit (PV)"),
            None => ("contribution", "Contribution (PV)"),
        };
        let _ = writeln!(
            out,
            "\nScenarios (at the horizon; {result} is a present value in {}, revenue undiscounted; NPS in points)",
            self.currency
        );
        let mut table = Table::new(&[
            "Scenario",
            "Periods",
            "Prospects",
            "New",
            "Passive",
            "Active",
            "Lost",
            "Revenue",
            result_column,
            "Payback",
            "NPS",
        ]);
        for scenario in std::iter::once(&self.baseline).chain(&self.scenarios) {
            table.row(scenario_row(scenario));
        }
        out.push_str(&table.render());
    }

    /// A new customer's lifetime value per persona, without and with each scenario.
    fn write_lifetime_values(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "\nLifetime value of a new customer ({})",
            self.currency
        );
        let mut headers = vec!["Persona".to_string(), "Baseline".to_string()];
        headers.extend(self.scenarios.iter().map(|s| s.name.clone()));
        let mut table = Table::from_strings(headers);
        for persona in &self.personas {
            let mut row = vec![persona.name.clone()];
            row.extend(persona.clv.iter().map(|c| money(c.new)));
            table.row(row);
        }
        out.push_str(&table.render());
    }

    /// Each persona's value model and its gap.
    fn write_value_gaps(&self, out: &mut String) {
        let _ = writeln!(out, "\nValue (0–10) and gap (perception − expectation)");
        let mut table = Table::new(&[
            "Persona",
            "Expectation",
            "Proposition",
            "Perception",
            "Realisation",
            "Gap",
        ]);
        for persona in &self.personas {
            let v = &persona.value;
            table.row(vec![
                persona.name.clone(),
                score(v.expectation, false),
                score(v.proposition, false),
                score(v.perception, false),
                score(v.realisation, false),
                score(v.gap, true),
            ]);
        }
        out.push_str(&table.render());
    }

    /// The metrics of each survey wave.
    fn write_surveys(&self, out: &mut String) {
        let _ = writeln!(out, "\nSurvey metrics");
        let mut table = Table::new(&[
            "Wave",
            "Persona",
            "NPS",
            "CES",
            "CES 5–7",
            "CSAT",
            "Retention",
            "Churn",
            "Cart abandonment",
        ]);
        for wave in &self.surveys {
            let m = &wave.metrics;
            table.row(vec![
                wave.label.clone(),
                wave.persona
                    .as_ref()
                    .map_or_else(|| "all".to_string(), |p| p.to_string()),
                m.nps
                    .filter(|v| v.is_finite())
                    .map_or_else(|| NONE.into(), |v| format!("{v:+.0}")),
                m.ces_mean
                    .filter(|v| v.is_finite())
                    .map_or_else(|| NONE.into(), |v| format!("{v:.2}")),
                percent(m.ces_share_agreeing),
                percent(m.csat),
                percent(m.retention_rate),
                percent(m.churn_rate),
                percent(m.cart_abandonment),
            ]);
        }
        out.push_str(&table.render());
    }
}

/// The model against the latest survey wave: each target measured and modelled.
fn write_calibration(out: &mut String, c: &CalibrationSummary) {
    let who = c
        .persona
        .as_ref()
        .map_or_else(|| "all customers".to_string(), |p| p.to_string());
    let assumed = if c.length_stated { "" } else { ", assumed" };
    let _ = writeln!(
        out,
        "\nModel against the latest wave: {} ({who}, {} months{assumed})",
        c.wave, c.months
    );
    let mut table = Table::new(&["Target", "Measured", "Model"]);
    let row = |name: &str, target: Option<&MeasuredModelled>, show: fn(f64) -> String| {
        target.map(|t| {
            let model = t.modelled.filter(|v| v.is_finite());
            vec![
                name.to_string(),
                show(t.measured),
                model.map_or_else(|| NONE.into(), show),
            ]
        })
    };
    let rows = [
        row("NPS at the start (points)", c.nps.as_ref(), |v| {
            format!("{v:+.1}")
        }),
        row("Retention over the wave", c.retention.as_ref(), |v| {
            percent(Some(v))
        }),
        row(
            "New customers over the wave (people)",
            c.new_customers.as_ref(),
            |v| grouped(v, 0, Lang::En),
        ),
    ];
    for cells in rows.into_iter().flatten() {
        table.row(cells);
    }
    out.push_str(&table.render());
}

fn scenario_row(s: &ScenarioSummary) -> Vec<String> {
    let c = &s.final_customers;
    vec![
        s.name.clone(),
        s.horizon_periods.to_string(),
        grouped(c.prospects, 0, Lang::En),
        grouped(c.new, 0, Lang::En),
        grouped(c.passive_loyal, 0, Lang::En),
        grouped(c.active_loyal, 0, Lang::En),
        grouped(c.lost, 0, Lang::En),
        grouped(s.total_revenue, 0, Lang::En),
        grouped(s.cumulative_profit_pv, 0, Lang::En),
        match (s.payback_period, s.id.is_none()) {
            // The baseline has nothing to pay back.
            (_, true) => NONE.into(),
            (Some(period), false) => period.to_string(),
            (None, false) => "never".to_string(),
        },
        s.final_nps_estimate
            .filter(|v| v.is_finite())
            .map_or_else(|| NONE.into(), |v| format!("{v:+.1}")),
    ]
}

/// A score with one decimal (signed for a gap); "—" for a value that is not a number, which
/// only an invalid project gives (validation names it).
fn score(value: f64, signed: bool) -> String {
    match (value.is_finite(), signed) {
        (false, _) => NONE.into(),
        (true, true) => format!("{value:+.1}"),
        (true, false) => format!("{value:.1}"),
    }
}

fn money(value: Option<f64>) -> String {
    value.map_or_else(|| NONE.into(), |v| grouped(v, 0, Lang::En))
}

fn percent(share: Option<f64>) -> String {
    share
        .filter(|v| v.is_finite())
        .map_or_else(|| NONE.into(), |v| format!("{:.1} %", 100.0 * v))
}

/// A text table: the first column left-aligned, the others right-aligned.
struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(headers: &[&str]) -> Self {
        Self::from_strings(headers.iter().map(|h| h.to_string()).collect())
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
