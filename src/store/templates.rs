//! The templates a team starts its own project from: complete, believable projects in the
//! sectors CX teams and classes work on, each in English and Dutch, embedded in the binary.

use super::LoadError;
use crate::i18n::{Lang, Text, t};
use crate::model::Project;

/// One template: its command-line name and its project in each language.
pub struct Template {
    /// The name `new --template` takes.
    pub name: &'static str,
    /// What it is, in a few words (the welcome screen's card).
    pub title: Text,
    english: &'static str,
    dutch: &'static str,
}

macro_rules! templates {
    ($($name:literal: $en:literal / $nl:literal),* $(,)?) => {
        /// Every template, in the order the welcome screen and `new --list` show them.
        pub const ALL: &[Template] = &[$(
            Template {
                name: $name,
                title: t($en, $nl),
                english: include_str!(concat!("../../assets/templates/", $name, ".en.ron")),
                dutch: include_str!(concat!("../../assets/templates/", $name, ".nl.ron")),
            },
        )*];
    };
}

templates!(
    "bike-repair": "Bike repair shop" / "Fietsenmaker",
    "telecom": "Mobile and internet provider" / "Mobiel en internet",
    "insurer": "Insurer" / "Verzekeraar",
    "public-transport": "Bus and tram" / "Bus en tram",
    "cafe-chain": "Café chain" / "Lunchcafés",
);

impl Template {
    /// The template named `name`.
    pub fn named(name: &str) -> Option<&'static Template> {
        ALL.iter()
            .find(|t| t.name.eq_ignore_ascii_case(name.trim()))
    }

    /// The template's project in `lang`.
    pub fn project(&self, lang: Lang) -> Result<Project, LoadError> {
        super::parse(match lang {
            Lang::Nl => self.dutch,
            _ => self.english,
        })
    }

    /// What the template is, in one line: the first sentence of its description.
    pub fn summary(project: &Project) -> String {
        let text = project.meta.description.trim();
        match text.find(". ") {
            Some(end) => text[..=end].to_string(),
            None => text.to_string(),
        }
    }
}
