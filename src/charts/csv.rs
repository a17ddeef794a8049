//! The numbers behind each plot as CSV text, in one of two dialects: the neutral one (`,`
//! between fields, a decimal point: what `cx-workbench export` writes and English
//! spreadsheets read) and the Dutch one (`;` between fields, a decimal comma: what a
//! spreadsheet set to Dutch expects when the text is pasted or opened). Money keeps its exact
//! value (to 6 decimals); people are whole people.

use super::BarChart;
use super::scenarios::{GroupedBars, LineChart, TornadoChart, ValueUnit};
use crate::i18n::{Lang, t};

/// How CSV text is written: the field separator and the decimal mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dialect {
    /// Between fields.
    pub separator: char,
    /// The decimal mark of numbers.
    pub decimal: char,
}

impl Dialect {
    /// `,` and a decimal point: English spreadsheets, scripts, the export command.
    pub const NEUTRAL: Dialect = Dialect {
        separator: ',',
        decimal: '.',
    };
    /// `;` and a decimal comma: what Excel and LibreOffice set to Dutch expect.
    pub const DUTCH: Dialect = Dialect {
        separator: ';',
        decimal: ',',
    };

    /// The dialect a spreadsheet in `lang` expects.
    pub fn of(lang: Lang) -> Dialect {
        match lang {
            Lang::En => Dialect::NEUTRAL,
            Lang::Nl => Dialect::DUTCH,
        }
    }

    /// `value` in this dialect ([`number`] with this decimal mark).
    pub fn number(self, value: f64) -> String {
        let text = number(value);
        if self.decimal == '.' {
            text
        } else {
            text.replace('.', &self.decimal.to_string())
        }
    }

    /// `text` as one field: quoted when it holds the separator, a quote or a line break.
    /// Text a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
    /// or a carriage return, and is not a number) gets a leading `'`, as OWASP advises
    /// against CSV injection: a persona named `=HYPERLINK(…)` stays a name.
    pub fn field(self, text: &str) -> String {
        if self.is_number(text) {
            return text.to_string();
        }
        let text = self.neutralised(text);
        // Quoted whenever it holds any separator a spreadsheet might split on (a Dutch
        // Excel splits on `;`, an English one on `,`): a split-off part could start with `=`.
        if text.contains([',', ';', '\t', '"', '\n', '\r', self.separator]) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    }

    /// `text` with a leading `'` when a spreadsheet would run it as a formula (it starts with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return and is not a number), as OWASP advises.
    pub fn neutralised(self, text: &str) -> String {
        let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
        if risky && !self.is_number(text) {
            format!("'{text}")
        } else {
            text.to_string()
        }
    }

    /// Whether `text` is a number as this dialect writes it (`-1,5` in Dutch, `-1.5` else).
    fn is_number(self, text: &str) -> bool {
        text.trim()
            .replace(self.decimal, ".")
            .parse::<f64>()
            .is_ok()
    }

    /// One line of fields (already escaped), ended by a line break.
    fn line(self, fields: &[String]) -> String {
        fields.join(&self.separator.to_string()) + "\n"
    }
}

/// The numbers behind a bar chart as CSV: a header, then one line per bar.
pub fn bar_chart_csv(chart: &BarChart) -> String {
    bar_chart_csv_in(chart, Dialect::NEUTRAL)
}

/// [`bar_chart_csv`] in `dialect`.
pub fn bar_chart_csv_in(chart: &BarChart, dialect: Dialect) -> String {
    let mut csv = dialect.line(&[
        dialect.field(&chart.title),
        dialect.field(&chart.value_axis),
    ]);
    for bar in &chart.bars {
        csv.push_str(&dialect.line(&[dialect.field(&bar.label), dialect.number(bar.value)]));
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
    /// The table as neutral CSV text.
    pub fn csv(&self) -> String {
        self.csv_in(Dialect::NEUTRAL)
    }

    /// The table as CSV text in `dialect`: fields that are numbers (as [`number`] writes
    /// them) get the dialect's decimal mark.
    pub fn csv_in(&self, dialect: Dialect) -> String {
        let line = |fields: &[String], numbers: bool| {
            let fields: Vec<String> = fields
                .iter()
                .map(|f| {
                    if numbers && is_number(f) {
                        f.replace('.', &dialect.decimal.to_string())
                    } else {
                        dialect.field(f)
                    }
                })
                .collect();
            dialect.line(&fields)
        };
        std::iter::once(line(&self.header, false))
            .chain(self.rows.iter().map(|r| line(r, true)))
            .collect()
    }
}

/// Whether `field` is a number as [`number`] writes it (`-12.5`, `3`).
fn is_number(field: &str) -> bool {
    !field.is_empty()
        && field.chars().any(|c| c.is_ascii_digit())
        && field
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | 'e'))
        && field.parse::<f64>().is_ok()
}

/// CSV text of a line chart: one row per period, one column per series (and its band).
pub fn line_chart_csv(chart: &LineChart) -> String {
    line_chart_csv_in(chart, Dialect::NEUTRAL)
}

/// [`line_chart_csv`] in `dialect`; people counts are whole numbers.
pub fn line_chart_csv_in(chart: &LineChart, dialect: Dialect) -> String {
    let value = |v: f64| match chart.unit {
        ValueUnit::Customers => dialect.number(v.round()),
        _ => dialect.number(v),
    };
    let mut header = vec![dialect.field(&chart.x_axis)];
    for series in &chart.series {
        // Today's own column (dashed, all zeros against itself) needs no note.
        let name = match &chart.column_note {
            Some(note) if !series.dashed => format!("{} {note}", series.name),
            _ => series.name.clone(),
        };
        header.push(dialect.field(&name));
        if !series.band.is_empty() {
            header.push(dialect.field(&format!("{name} p10")));
            header.push(dialect.field(&format!("{name} p90")));
        }
    }
    let mut periods: Vec<f64> = chart
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p[0]))
        .collect();
    periods.sort_by(f64::total_cmp);
    periods.dedup();
    let mut out = dialect.line(&header);
    for x in periods {
        let mut row = vec![dialect.number(x)];
        for series in &chart.series {
            row.push(
                series
                    .points
                    .iter()
                    .find(|p| p[0] == x)
                    .map(|p| value(p[1]))
                    .unwrap_or_default(),
            );
            if !series.band.is_empty() {
                let band = series.band.iter().find(|b| b[0] == x);
                row.push(band.map(|b| value(b[1])).unwrap_or_default());
                row.push(band.map(|b| value(b[2])).unwrap_or_default());
            }
        }
        out.push_str(&dialect.line(&row));
    }
    out
}

/// CSV text of grouped bars: one row per category, one column per series.
pub fn grouped_bars_csv(chart: &GroupedBars) -> String {
    grouped_bars_csv_in(chart, Dialect::NEUTRAL)
}

/// [`grouped_bars_csv`] in `dialect`.
pub fn grouped_bars_csv_in(chart: &GroupedBars, dialect: Dialect) -> String {
    let header: Vec<String> = std::iter::once(String::new())
        .chain(chart.series.iter().map(|(name, _, _)| dialect.field(name)))
        .collect();
    let mut out = dialect.line(&header);
    for (i, category) in chart.categories.iter().enumerate() {
        let mut row = vec![dialect.field(category)];
        for (_, _, values) in &chart.series {
            row.push(
                values
                    .get(i)
                    .copied()
                    .flatten()
                    .map(|v| match chart.unit {
                        ValueUnit::Customers => dialect.number(v.round()),
                        _ => dialect.number(v),
                    })
                    .unwrap_or_default(),
            );
        }
        out.push_str(&dialect.line(&row));
    }
    out
}

/// CSV text of a tornado.
pub fn tornado_csv(chart: &TornadoChart) -> String {
    tornado_csv_in(chart, Lang::En, Dialect::NEUTRAL)
}

/// [`tornado_csv`] with its header in `lang`, in `dialect`.
pub fn tornado_csv_in(chart: &TornadoChart, lang: Lang, dialect: Dialect) -> String {
    let header: Vec<String> = [
        t("assumption", "aanname"),
        t("low value", "lage waarde"),
        t("high value", "hoge waarde"),
        t("result at low", "uitkomst bij laag"),
        t("result at high", "uitkomst bij hoog"),
    ]
    .iter()
    .map(|h| dialect.field(h.get(lang)))
    .collect();
    let mut out = dialect.line(&header);
    for row in &chart.rows {
        out.push_str(&dialect.line(&[
            dialect.field(&row.label),
            dialect.field(&row.low_input),
            dialect.field(&row.high_input),
            dialect.number(row.at_low),
            dialect.number(row.at_high),
        ]));
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

/// `text` as one neutral CSV field: quoted when it holds a comma, a quote or a line break.
pub fn csv_field(text: &str) -> String {
    Dialect::NEUTRAL.field(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::scenarios::LineSeries;

    fn chart(unit: ValueUnit) -> LineChart {
        LineChart {
            title: "Customers".into(),
            x_axis: "Tijd (in maanden vanaf nu)".into(),
            period_name: "maand".into(),
            y_axis: "Klanten (mensen)".into(),
            unit,
            series: vec![LineSeries {
                name: "Alles; erin".into(),
                color: 0,
                points: vec![[0.0, 1234.4], [1.0, 1300.56]],
                band: vec![[0.0, 1200.2, 1250.7], [1.0, 1280.0, 1320.5]],
                dashed: false,
                emphasis: false,
            }],
            markers: Vec::new(),
            note: None,
            column_note: None,
        }
    }

    #[test]
    fn dutch_csv_uses_semicolons_and_decimal_commas() {
        let csv = line_chart_csv_in(&chart(ValueUnit::Money("EUR".into())), Dialect::DUTCH);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "Tijd (in maanden vanaf nu);\"Alles; erin\";\"Alles; erin p10\";\"Alles; erin p90\""
        );
        assert_eq!(lines[1], "0;1234,4;1200,2;1250,7");
        assert_eq!(lines[2], "1;1300,56;1280;1320,5");
        let english = line_chart_csv_in(&chart(ValueUnit::Money("EUR".into())), Dialect::NEUTRAL);
        assert_eq!(english.lines().nth(2), Some("1,1300.56,1280,1320.5"));
        assert_eq!(Dialect::of(Lang::Nl), Dialect::DUTCH);
        assert_eq!(Dialect::of(Lang::En), Dialect::NEUTRAL);
    }

    #[test]
    fn people_are_whole_numbers_in_csv() {
        for dialect in [Dialect::NEUTRAL, Dialect::DUTCH] {
            let csv = line_chart_csv_in(&chart(ValueUnit::Customers), dialect);
            let sep = dialect.separator;
            assert_eq!(
                csv.lines().nth(2),
                Some(format!("1{sep}1301{sep}1280{sep}1321").as_str())
            );
        }
    }

    #[test]
    fn tables_convert_only_their_numbers() {
        let table = Table {
            header: vec!["Persona".into(), "gap (perception - expectation)".into()],
            rows: vec![
                vec!["Ans, 58".into(), "-2.5".into()],
                vec!["2.0 GT".into(), "3".into()],
            ],
        };
        assert_eq!(
            table.csv_in(Dialect::DUTCH),
            "Persona;gap (perception - expectation)\n\"Ans, 58\";-2,5\n2.0 GT;3\n"
        );
        assert_eq!(
            table.csv(),
            "Persona,gap (perception - expectation)\n\"Ans, 58\",-2.5\n2.0 GT,3\n"
        );
    }
}
