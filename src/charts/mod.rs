//! What each plot shows, as plain data: the numbers behind each chart (with their CSV), and
//! one [`plot::Plot`] description per plot — marks, palette colours, axes, legend, title,
//! caption — that the app draws on screen and the headless renderer writes as SVG and PNG.
//! No window toolkit here: tests and the command line use it without a display.

pub mod avatar;
pub mod csv;
pub mod describe;
pub mod journey;
pub mod kinds;
pub mod models;
pub mod palette;
pub mod persona_card;
pub mod plot;
pub mod scenarios;
pub mod survey;
pub mod tornado;
pub mod units;
pub mod value;

pub use csv::bar_chart_csv;

use crate::i18n::{Lang, t};
use crate::model::catalog;
use crate::model::{Need, Persona};

/// One bar of a bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Category label.
    pub label: String,
    /// Bar length.
    pub value: f64,
}

/// A bar chart with one bar per category.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// Plot title.
    pub title: String,
    /// Label of the value axis, with its unit.
    pub value_axis: String,
    /// Largest value on the axis.
    pub max: f64,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
}

/// The eight needs of a persona, 0–5.
pub fn needs_profile(persona: &Persona, lang: Lang) -> BarChart {
    let title = t("Needs of {persona}", "Behoeften van {persona}")
        .fill(lang, &[("persona", &persona.name)]);
    BarChart {
        title,
        value_axis: t(
            "Weight (0 = irrelevant, 5 = essential)",
            "Gewicht (0 = onbelangrijk, 5 = essentieel)",
        )
        .get(lang)
        .to_string(),
        max: 5.0,
        bars: Need::ALL
            .iter()
            .map(|need| Bar {
                label: catalog::need_label(*need, lang).to_string(),
                value: f64::from(persona.needs.get(*need)),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_profile_lists_the_eight_needs_in_the_seed_order() {
        let mut persona = Persona {
            name: "Anna".into(),
            ..Persona::default()
        };
        persona.needs.good_price = 4;
        let chart = needs_profile(&persona, Lang::Nl);
        assert_eq!(chart.title, "Behoeften van Anna");
        assert_eq!(chart.bars.len(), 8);
        assert_eq!(chart.bars[1].label, "Goede prijs");
        assert_eq!(chart.bars[1].value, 4.0);
    }
}
