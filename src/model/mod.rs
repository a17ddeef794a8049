//! The project as data: every type of a CX Workbench project file, stable ids, the seeds'
//! domain tables and validation. No egui here; the command line and tests use it directly.

pub mod catalog;
pub mod defaults;
pub mod diff;
pub mod edit;
pub mod generate;
mod id;
pub mod initiative;
pub mod journey;
pub mod merge;
pub mod persona;
pub mod scenario;
pub mod slide;
pub mod survey;
pub mod survey_import;
pub mod validate;

pub use id::{Id, MAX_ID_LEN, slugify};
pub use initiative::{Effect, EmotionalTrigger, Initiative, InitiativeKind, Strategy};
pub use journey::{Channel, Experience, ExperientialElement, Ownership, Stage, Touchpoint};
pub use persona::{
    Avatar, EmbeddedImage, FourC, FourCDimension, FourCScore, Generation, ImageFormat, LoyaltyType,
    Need, Needs, Persona, Segment, ValueAssessment, ValueElement, ValueScore,
};
pub use scenario::{
    Assumption, AssumptionKey, AssumptionOverride, MarginTiming, ModelSettings, Period, Scenario,
    TodayBasis,
};
pub use slide::{PlotKind, PlotSpec, Slide, SlideContent};
pub use survey::{CartCounts, NpsCounts, RetentionCounts, SurveyWave};
pub use validate::{Problem, ProblemKind, Target, validate};

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The file format version this build writes. Older files are migrated on load; newer ones
/// are refused. Version 2 added the length of a survey wave (`SurveyWave::length_months`);
/// version 3 how "Today" moves (`ModelSettings::today`), steady unless stated.
pub const FORMAT_VERSION: u32 = 3;

/// A whole project: everything a team makes, saved as one RON file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Version of the file format (see [`FORMAT_VERSION`]).
    pub format_version: u32,
    /// Name, organisation and the like.
    pub meta: ProjectMeta,
    /// How the scenario model counts time and money.
    #[serde(default)]
    pub settings: ModelSettings,
    /// Personas, in the user's order.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// Journey stages, in journey order.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// Touchpoints, in the user's order (shown within their stage).
    #[serde(default)]
    pub touchpoints: Vec<Touchpoint>,
    /// Improvement initiatives.
    #[serde(default)]
    pub initiatives: Vec<Initiative>,
    /// The scenario model's assumptions for this project, in [`AssumptionKey::ALL`] order.
    #[serde(default)]
    pub assumptions: Vec<Assumption>,
    /// Loyalty scenarios.
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
    /// Survey waves and counts for the metrics.
    #[serde(default)]
    pub surveys: Vec<SurveyWave>,
    /// The workshop deck.
    #[serde(default)]
    pub slides: Vec<Slide>,
    /// Places where a merge of two teammates' versions found different changes, still to be
    /// decided (the project holds one side's values there meanwhile).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<merge::Conflict>,
}

/// What the project is about.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectMeta {
    /// Project name, shown in the window title.
    pub name: String,
    /// What the project is for.
    #[serde(default)]
    pub description: String,
    /// The company or brand.
    #[serde(default)]
    pub organisation: String,
    /// The main competitor the 4C and value models compare against.
    #[serde(default)]
    pub main_competitor: String,
    /// Language the project's content is written in.
    #[serde(default)]
    pub language: Lang,
    /// Currency of all money amounts, as an ISO 4217 code (e.g. `EUR`).
    #[serde(default = "default_currency")]
    pub currency: String,
}

fn default_currency() -> String {
    "EUR".to_string()
}

/// The default assumptions of the catalog, with sources in `lang`.
pub fn default_assumptions(lang: Lang) -> Vec<Assumption> {
    catalog::DEFAULT_ASSUMPTIONS
        .iter()
        .map(|info| Assumption {
            key: info.key,
            value: info.value,
            low: info.low,
            high: info.high,
            source: info.source.get(lang).to_string(),
        })
        .collect()
}

impl Project {
    /// An empty project with the default stages and assumptions, written in `lang`.
    pub fn new(name: &str, lang: Lang) -> Self {
        Project {
            format_version: FORMAT_VERSION,
            meta: ProjectMeta {
                name: name.to_string(),
                language: lang,
                currency: default_currency(),
                ..ProjectMeta::default()
            },
            settings: ModelSettings::default(),
            personas: Vec::new(),
            stages: catalog::DEFAULT_STAGES
                .iter()
                .map(|s| Stage {
                    id: Id::from(s.id),
                    name: s.label.get(lang).to_string(),
                    description: String::new(),
                })
                .collect(),
            touchpoints: Vec::new(),
            initiatives: Vec::new(),
            assumptions: default_assumptions(lang),
            scenarios: Vec::new(),
            surveys: Vec::new(),
            slides: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// The label of the survey wave Today's rate was calibrated to, when the project has it.
    pub fn today_wave_label(&self) -> Option<&str> {
        let id = self.settings.today_wave()?;
        self.surveys
            .iter()
            .find(|w| &w.id == id)
            .map(|w| w.label.as_str())
    }

    /// The survey wave the assumptions name as their source ("Calibrated to Summer 2026",
    /// as calibrating writes it), if one does.
    pub fn calibrated_wave_by_sources(&self) -> Option<Id> {
        self.assumptions.iter().find_map(|row| {
            let label = row
                .source
                .strip_prefix("Calibrated to ")
                .or_else(|| row.source.strip_prefix("Gekalibreerd op "))?;
            self.surveys
                .iter()
                .find(|wave| wave.label == label)
                .map(|wave| wave.id.clone())
        })
    }

    /// Puts the assumptions in canonical order and adds any the file lacked, with their
    /// defaults. Duplicates are kept (validation reports them).
    pub fn complete_assumptions(&mut self) {
        let lang = self.meta.language;
        let defaults = default_assumptions(lang);
        for default in defaults {
            if !self.assumptions.iter().any(|a| a.key == default.key) {
                self.assumptions.push(default);
            }
        }
        self.assumptions.sort_by_key(|a| a.key.index());
    }

    /// The project's value of an assumption (its default if the project lacks it).
    pub fn assumption_value(&self, key: AssumptionKey) -> f64 {
        self.assumption(key)
            .map(|a| a.value)
            .unwrap_or(catalog::assumption_info(key).value)
    }

    /// The project's row for an assumption.
    pub fn assumption(&self, key: AssumptionKey) -> Option<&Assumption> {
        self.assumptions.iter().find(|a| a.key == key)
    }

    /// How many per-persona scores (experiences) the touchpoints hold in all.
    pub fn score_count(&self) -> usize {
        self.touchpoints.iter().map(|t| t.experiences.len()).sum()
    }

    /// The persona with `id`.
    pub fn persona(&self, id: &Id) -> Option<&Persona> {
        self.personas.iter().find(|p| &p.id == id)
    }

    /// The stage with `id`.
    pub fn stage(&self, id: &Id) -> Option<&Stage> {
        self.stages.iter().find(|s| &s.id == id)
    }

    /// The touchpoint with `id`.
    pub fn touchpoint(&self, id: &Id) -> Option<&Touchpoint> {
        self.touchpoints.iter().find(|t| &t.id == id)
    }

    /// The initiative with `id`.
    pub fn initiative(&self, id: &Id) -> Option<&Initiative> {
        self.initiatives.iter().find(|i| &i.id == id)
    }

    /// The scenario with `id`.
    pub fn scenario(&self, id: &Id) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| &s.id == id)
    }
}
