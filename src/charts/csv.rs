//! The numbers behind each plot as CSV text: plain numbers with a decimal point, so a
//! spreadsheet in any language reads them; the same text in the app and the export.

use super::BarChart;
use super::scenarios::{GroupedBars, LineChart, TornadoChart};

/// The numbers behind a bar chart as CSV: a header, then one line per bar.
pub fn bar_chart_csv(chart: &BarChart) -> String {
    let mut csv = format!(
        "{},{}\n",
        csv_field(&chart.title),
        csv_field(&chart.value_axis)
    );
    for bar in &chart.bars {
        csv.push_str(&format!("{},{}\n", csv_field(&bar.label), bar.value));
    }
    csv
}

/// The numbers behind a plot as a table: a header and rows of already formatted fields
/// (numbers written with [`number`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Column names.
    pub header: Vec<String>,
    /// Rows, one field per column.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table as CSV text.
    pub fn csv(&self) -> String {
        let line = |fields: &[String]| {
            fields
                .iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(",")
                + "\n"
        };
        std::iter::once(line(&self.header))
            .chain(self.rows.iter().map(|r| line(r)))
            .collect()
    }
}

/// CSV text of a line chart: one row per period, one column per series (and its band).
pub fn line_chart_csv(chart: &LineChart) -> String {
    let mut header = vec![csv_field(&chart.x_axis)];
    for series in &chart.series {
        header.push(csv_field(&series.name));
        if !series.band.is_empty() {
            header.push(csv_field(&format!("{} p10", series.name)));
            header.push(csv_field(&format!("{} p90", series.name)));
        }
    }
    let mut periods: Vec<f64> = chart
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p[0]))
        .collect();
    periods.sort_by(f64::total_cmp);
    periods.dedup();
    let mut out = header.join(",") + "\n";
    for x in periods {
        let mut row = vec![number(x)];
        for series in &chart.series {
            row.push(
                series
                    .points
                    .iter()
                    .find(|p| p[0] == x)
                    .map(|p| number(p[1]))
                    .unwrap_or_default(),
            );
            if !series.band.is_empty() {
                let band = series.band.iter().find(|b| b[0] == x);
                row.push(band.map(|b| number(b[1])).unwrap_or_default());
                row.push(band.map(|b| number(b[2])).unwrap_or_default());
            }
        }
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// CSV text of grouped bars: one row per category, one column per series.
pub fn grouped_bars_csv(chart: &GroupedBars) -> String {
    let mut out = std::iter::once(String::new())
        .chain(chart.series.iter().map(|(name, _, _)| csv_field(name)))
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for (i, category) in chart.categories.iter().enumerate() {
        let mut row = vec![csv_field(category)];
        for (_, _, values) in &chart.series {
            row.push(
                values
                    .get(i)
                    .copied()
                    .flatten()
                    .map(number)
                    .unwrap_or_default(),
            );
        }
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// CSV text of a tornado.
pub fn tornado_csv(chart: &TornadoChart) -> String {
    let mut out = String::from("assumption,low value,high value,result at low,result at high\n");
    for row in &chart.rows {
        out.push_str(&format!(
            "{},{},{},{},{}\n",
            csv_field(&row.label),
            csv_field(&row.low_input),
            csv_field(&row.high_input),
            number(row.at_low),
            number(row.at_high)
        ));
    }
    out
}

/// A number for CSV: plain, with a decimal point, so spreadsheets in any locale can read it.
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let rounded = (value * 1e6).round() / 1e6;
    format!("{rounded}")
}

/// `text` as one CSV field: quoted when it holds a comma, a quote or a line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
