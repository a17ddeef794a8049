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
    /// A value for an axis: short (`£1.2M`, `12k`; Dutch `€ 1,2 mln`, `12.000`), as axes
    /// have little room.
    pub fn format_axis(&self, value: f64, lang: Lang) -> String {
        match self {
            ValueUnit::Customers => numbers::compact_axis(value, lang),
            ValueUnit::Money(currency) => numbers::money_axis(value, currency, lang),
            ValueUnit::Points => numbers::signed(value, 0, lang),
            ValueUnit::Plain => plain(value, lang),
        }
    }

    /// A value rounded for people, for a headline: `13.1k`, `£51.1M`, `+30`.
    pub fn format_rounded(&self, value: f64, lang: Lang) -> String {
        self.format_rounded_on(value, value, lang)
    }

    /// [`Self::format_rounded`] in the word that suits `scale`, so both ends of a range read
    /// alike (`3.01k – 11.3k`).
    pub fn format_rounded_on(&self, value: f64, scale: f64, lang: Lang) -> String {
        match self {
            ValueUnit::Customers => numbers::compact_on(value, scale, lang),
            ValueUnit::Money(currency) => numbers::money_compact_on(value, scale, currency, lang),
            ValueUnit::Points => numbers::signed(value.round(), 0, lang),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_and_headlines_are_short_in_each_language() {
        let pounds = ValueUnit::Money("GBP".into());
        let euros = ValueUnit::Money("EUR".into());
        assert_eq!(pounds.format_axis(40_000_000.0, Lang::En), "£40M");
        assert_eq!(euros.format_axis(40_000_000.0, Lang::Nl), "€ 40 mln");
        assert_eq!(euros.format_axis(25_000.0, Lang::Nl), "€ 25.000");
        assert_eq!(ValueUnit::Customers.format_axis(12_000.0, Lang::En), "12k");
        assert_eq!(ValueUnit::Customers.format_axis(1_500.0, Lang::Nl), "1.500");
        assert_eq!(ValueUnit::Points.format_axis(30.0, Lang::En), "+30");
        assert_eq!(pounds.format_rounded(51_125_196.0, Lang::En), "£51.1M");
        assert_eq!(ValueUnit::Points.format_rounded(30.04, Lang::Nl), "+30");
        assert_eq!(
            ValueUnit::Customers.format_rounded(13_050.0, Lang::En),
            "13.1k"
        );
        assert_eq!(ValueUnit::Plain.format(2.5, Lang::Nl), "2,5");
    }
}
