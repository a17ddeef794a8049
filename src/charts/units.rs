//! How the values of a plot read: people, money in the project's currency, NPS points or
//! plain numbers, written short for an axis or in full for a label.

use crate::i18n::{Lang, numbers};

/// How the values of a chart read.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueUnit {
    /// People.
    Customers,
    /// Money in this currency.
    Money(String),
    /// NPS points (−100..100).
    Points,
    /// A plain number (a weight 0–5, a period).
    Plain,
}

impl ValueUnit {
    /// A value for an axis: short (`£1.2M`, `12k`), as axes have little room.
    pub fn format_axis(&self, value: f64, lang: Lang) -> String {
        let compact = |v: f64| {
            let (scaled, suffix) = if v.abs() >= 1e6 {
                (v / 1e6, "M")
            } else if v.abs() >= 1e4 {
                (v / 1e3, "k")
            } else {
                (v, "")
            };
            let decimals = if suffix.is_empty() || scaled.fract().abs() < 1e-9 {
                0
            } else {
                1
            };
            format!("{}{suffix}", numbers::grouped(scaled, decimals, lang))
        };
        match self {
            ValueUnit::Customers => compact(value),
            ValueUnit::Money(currency) => {
                let sign = match currency.trim().to_ascii_uppercase().as_str() {
                    "EUR" => "€",
                    "GBP" => "£",
                    "USD" => "$",
                    _ => "",
                };
                let text = compact(value);
                match (sign, text.strip_prefix('−')) {
                    ("", _) => text,
                    (sign, Some(positive)) => format!("−{sign}{positive}"),
                    (sign, None) => format!("{sign}{text}"),
                }
            }
            ValueUnit::Points => numbers::signed(value, 0, lang),
            ValueUnit::Plain => plain(value, lang),
        }
    }

    /// A value as text in `lang`.
    pub fn format(&self, value: f64, lang: Lang) -> String {
        match self {
            ValueUnit::Customers => numbers::grouped(value, 0, lang),
            ValueUnit::Money(currency) => numbers::money(value, currency, lang),
            ValueUnit::Points => numbers::signed(value, 1, lang),
            ValueUnit::Plain => plain(value, lang),
        }
    }
}

/// A plain number: whole numbers without decimals, others with up to two.
fn plain(value: f64, lang: Lang) -> String {
    let decimals = if (value - value.round()).abs() < 1e-9 {
        0
    } else if (value * 10.0 - (value * 10.0).round()).abs() < 1e-9 {
        1
    } else {
        2
    };
    numbers::grouped(value, decimals, lang)
}
