//! Every kind of plot in one place, in two exhaustive matches: [`info`], what the kind needs
//! (its name, whether it shows a persona or some personas, how it uses a scenario, which engine
//! results it is drawn from and so whether the assumption sliders move it, and how a handout
//! lists it), and [`draw`], how it is drawn. The slide editor, the deck, present mode and the
//! export all read [`info`]; a new [`PlotKind`] fails to compile here until both are written,
//! and nowhere else needs a list of kinds ([`PlotKind::ALL`] comes with the enum).

use super::describe::{self, Results};
use super::palette;
use super::plot::Plot;
use super::scenarios::{self, Metric};
use crate::i18n::{Lang, Text, t};
use crate::model::{PlotKind, PlotSpec, Project};

/// How a plot uses a persona or a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// It shows one: one must be chosen.
    One,
    /// It can show one, or all of them.
    Optional,
    /// It does not use one.
    No,
}

/// The engine results a plot is drawn from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inputs {
    /// Only the project: personas, journey, models, survey waves.
    Project,
    /// The baseline and every scenario run over the horizon.
    Comparison,
    /// The tornado of its scenario: every assumption at both ends of its range.
    Tornado,
}

/// How the handout (and `export`) lists the plots of a kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listed {
    /// One plot for the whole project.
    Once,
    /// One plot per persona.
    PerPersona,
    /// One plot per scenario.
    PerScenario,
}

/// What a kind of plot needs and how it is offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindInfo {
    /// Its name, as the slide editor offers it.
    pub label: Text,
    /// Whether it shows one persona.
    pub persona: Need,
    /// Whether it can show a chosen few personas (the emotion curves filtered on screen).
    pub some_personas: bool,
    /// Whether it shows, emphasises or compares with a scenario.
    pub scenario: Need,
    /// What the scenario is to it, as the slide editor labels the choice.
    pub scenario_label: Text,
    /// What it is drawn from.
    pub inputs: Inputs,
    /// How a handout lists it.
    pub listed: Listed,
}

impl KindInfo {
    /// Whether the assumption sliders on a slide move it (it is drawn from engine results).
    pub fn moves_with_sliders(&self) -> bool {
        self.inputs != Inputs::Project
    }
}

const SCENARIO: Text = t("Scenario", "Scenario");
const EMPHASISED: Text = t("Scenario in bold", "Scenario vetgedrukt");
const AFTER: Text = t("After the scenario", "Na het scenario");

/// The row of `kind`. A new kind stops the build here (and in [`draw`]) until it has one.
pub fn info(kind: PlotKind) -> KindInfo {
    use Inputs::{Comparison, Project, Tornado};
    use Listed::{Once, PerPersona, PerScenario};
    let row = |label, persona, some_personas, scenario, scenario_label, inputs, listed| KindInfo {
        label,
        persona,
        some_personas,
        scenario,
        scenario_label,
        inputs,
        listed,
    };
    match kind {
        PlotKind::EmotionCurves => row(
            t("Emotion curves", "Emotiecurves"),
            Need::Optional,
            true,
            Need::Optional,
            AFTER,
            Project,
            Once,
        ),
        PlotKind::NeedsProfile => row(
            t("Needs profile", "Behoefteprofiel"),
            Need::One,
            false,
            Need::No,
            SCENARIO,
            Project,
            PerPersona,
        ),
        PlotKind::FourCRadar => row(
            t("4C radar", "4C-radar"),
            Need::Optional,
            false,
            Need::No,
            SCENARIO,
            Project,
            Once,
        ),
        PlotKind::ValueGaps => row(
            t("Value and gap", "Waarde en kloof"),
            Need::One,
            false,
            Need::No,
            SCENARIO,
            Project,
            PerPersona,
        ),
        PlotKind::ValueGapRanking => row(
            t("Value gap per persona", "Waardekloof per persona"),
            Need::No,
            false,
            Need::No,
            SCENARIO,
            Project,
            Once,
        ),
        PlotKind::SurveyTrend => row(
            t("Survey trend", "Verloop van de metingen"),
            Need::Optional,
            false,
            Need::No,
            SCENARIO,
            Project,
            Once,
        ),
        PlotKind::OwnershipMatrix => row(
            t("Touchpoint ownership", "Eigenaarschap touchpoints"),
            Need::No,
            false,
            Need::No,
            SCENARIO,
            Project,
            Once,
        ),
        PlotKind::ActiveLoyalComparison => row(
            t("Active-loyal customers", "Actief loyale klanten"),
            Need::No,
            false,
            Need::Optional,
            EMPHASISED,
            Comparison,
            Once,
        ),
        PlotKind::ProfitComparison => row(
            t(
                "Cumulative contribution or profit",
                "Cumulatieve bijdrage of winst",
            ),
            Need::No,
            false,
            Need::Optional,
            EMPHASISED,
            Comparison,
            Once,
        ),
        PlotKind::RevenueComparison => row(
            t("Revenue", "Omzet"),
            Need::No,
            false,
            Need::Optional,
            EMPHASISED,
            Comparison,
            Once,
        ),
        PlotKind::NpsComparison => row(
            t("NPS estimate", "NPS-schatting"),
            Need::No,
            false,
            Need::Optional,
            EMPHASISED,
            Comparison,
            Once,
        ),
        PlotKind::CustomersByState => row(
            t("Customers by state", "Klanten per status"),
            Need::Optional,
            false,
            Need::One,
            SCENARIO,
            Comparison,
            PerScenario,
        ),
        PlotKind::ClvPerPersona => row(
            t("Lifetime value per persona", "Klantwaarde per persona"),
            Need::No,
            false,
            Need::No,
            SCENARIO,
            Comparison,
            Once,
        ),
        PlotKind::Tornado => row(
            t(
                "Tornado: what matters most",
                "Tornado: wat weegt het zwaarst",
            ),
            Need::No,
            false,
            Need::One,
            SCENARIO,
            Tornado,
            PerScenario,
        ),
    }
}

/// The plot of `spec` drawn from the project and `results`, or `None` when a persona,
/// scenario or result it needs is missing: the other exhaustive match on the kinds.
pub(super) fn draw(
    project: &Project,
    spec: &PlotSpec,
    results: &Results,
    lang: Lang,
) -> Option<Plot> {
    let scenario = spec.scenario.as_ref();
    let persona = spec.persona.as_ref();
    match spec.kind {
        PlotKind::OwnershipMatrix => Some(super::journey::ownership_matrix(project, lang)),
        PlotKind::FourCRadar => super::models::four_c_radar(project, persona, lang),
        PlotKind::ValueGaps => super::models::value_gaps(project, persona?, lang),
        PlotKind::ValueGapRanking => super::models::value_gap_ranking(project, lang),
        PlotKind::SurveyTrend => super::survey::survey_trend(project, persona, lang),
        PlotKind::EmotionCurves => {
            let personas = describe::shown_personas(project, spec)?;
            let after = match scenario {
                Some(id) => Some(project.scenario(id)?),
                None => None,
            };
            Some(super::journey::emotion_curves(
                project, &personas, after, lang,
            ))
        }
        PlotKind::NeedsProfile => {
            let index = project
                .personas
                .iter()
                .position(|p| Some(&p.id) == persona)?;
            let color = palette::series(index);
            Some(describe::needs(&project.personas[index], color, lang))
        }
        PlotKind::CustomersByState => {
            let comparison = results.comparison?;
            let run = match scenario {
                None => &comparison.baseline,
                Some(id) => comparison
                    .scenarios
                    .iter()
                    .find(|r| r.scenario.as_ref() == Some(id))?,
            };
            let chart = scenarios::customers_by_state(project, run, persona, lang);
            Some(describe::lines(spec.kind, chart, lang))
        }
        PlotKind::ActiveLoyalComparison => {
            describe::comparison(project, spec, results, Metric::ActiveLoyal, lang)
        }
        PlotKind::RevenueComparison => {
            describe::comparison(project, spec, results, Metric::Revenue, lang)
        }
        PlotKind::ProfitComparison => {
            describe::comparison(project, spec, results, Metric::CumulativeProfit, lang)
        }
        PlotKind::NpsComparison => describe::comparison(project, spec, results, Metric::Nps, lang),
        PlotKind::ClvPerPersona => {
            let chart = scenarios::clv_per_persona(project, results.comparison?, lang);
            Some(describe::grouped_bars(chart, lang))
        }
        PlotKind::Tornado => {
            let name = &project.scenario(scenario?)?.name;
            let chart = scenarios::tornado(project, name, results.tornado?, lang);
            Some(describe::tornado(chart, lang))
        }
    }
}
