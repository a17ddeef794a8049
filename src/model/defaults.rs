//! Numbers the app filled in that the team has not replaced yet: a new persona's customers,
//! prospects, loyalty mix and spend, a new experience's reach, and an initiative's costs
//! (0 until entered). Overview lists them as
//! notes ("still the default"), not as problems: a project with them is valid, but its
//! results rest on placeholders.

use super::{Project, Target};
use crate::i18n::numbers::{grouped, money, percent};
use crate::i18n::{Lang, t};

/// One number, or set of numbers, still at the app's default.
#[derive(Clone, Debug, PartialEq)]
pub struct DefaultNote {
    /// The item it belongs to, for navigation.
    pub target: Target,
    /// What is still the default.
    pub kind: DefaultKind,
}

/// What is still the default.
#[derive(Clone, Debug, PartialEq)]
pub enum DefaultKind {
    /// A persona's customers, prospects, active-loyal share and spend.
    Segment {
        /// The persona's name.
        persona: String,
    },
    /// An initiative that changes something and costs nothing: its costs were never entered.
    NoCosts {
        /// The initiative's name.
        initiative: String,
    },
    /// A touchpoint's reach for some personas.
    Reach {
        /// The touchpoint's name.
        touchpoint: String,
        /// The personas whose reach is still the default.
        personas: Vec<String>,
    },
}

/// Every number in `project` still at the app's default, in the project's order: personas
/// first, then touchpoints.
pub fn still_default(project: &Project) -> Vec<DefaultNote> {
    let personas = project
        .personas
        .iter()
        .filter(|p| p.segment.is_default)
        .map(|p| DefaultNote {
            target: Target::Persona(p.id.clone()),
            kind: DefaultKind::Segment {
                persona: p.name.clone(),
            },
        });
    let touchpoints = project.touchpoints.iter().filter_map(|tp| {
        let names: Vec<String> = tp
            .experiences
            .iter()
            .filter(|e| e.reach_is_default)
            .map(|e| {
                project
                    .persona(&e.persona)
                    .map_or_else(|| e.persona.to_string(), |p| p.name.clone())
            })
            .collect();
        (!names.is_empty()).then(|| DefaultNote {
            target: Target::Touchpoint(tp.id.clone()),
            kind: DefaultKind::Reach {
                touchpoint: tp.name.clone(),
                personas: names,
            },
        })
    });
    let initiatives = project
        .initiatives
        .iter()
        .filter(|i| !i.effects.is_empty() && i.one_off_cost == 0.0 && i.cost_per_period == 0.0)
        .map(|i| DefaultNote {
            target: Target::Initiative(i.id.clone()),
            kind: DefaultKind::NoCosts {
                initiative: i.name.clone(),
            },
        });
    personas.chain(touchpoints).chain(initiatives).collect()
}

impl DefaultNote {
    /// The note as a sentence in `lang`, with the default and where to replace it.
    pub fn message(&self, project: &Project, lang: Lang) -> String {
        match &self.kind {
            DefaultKind::Segment { persona } => {
                // The numbers as they stand (calibrating may have set the mix already).
                let d = match &self.target {
                    Target::Persona(id) => project
                        .persona(id)
                        .map(|p| p.segment.clone())
                        .unwrap_or_default(),
                    _ => super::Segment::default(),
                };
                t(
                    "{persona}: customers, prospects, loyalty mix and spend are still the app's placeholders ({customers} customers, {prospects} prospects, {share} active loyal, {spend} per customer and period): enter your own",
                    "{persona}: klanten, prospects, loyaliteitsverdeling en besteding zijn nog de plaatshouders van de app ({customers} klanten, {prospects} prospects, {share} actief loyaal, {spend} per klant en periode): vul uw eigen cijfers in",
                )
                .fill(
                    lang,
                    &[
                        ("persona", persona),
                        ("customers", &grouped(d.customers as f64, 0, lang)),
                        ("prospects", &grouped(d.prospects as f64, 0, lang)),
                        ("share", &percent(d.active_loyal_share, 0, lang)),
                        (
                            "spend",
                            &money(d.spend_per_period, &project.meta.currency, lang),
                        ),
                    ],
                )
            }
            DefaultKind::NoCosts { initiative } => t(
                "{initiative}: its costs are still 0, so it pays back at once; enter its one-off and running costs",
                "{initiative}: de kosten zijn nog 0, dus het verdient zich meteen terug; vul de eenmalige en doorlopende kosten in",
            )
            .fill(lang, &[("initiative", initiative)]),
            DefaultKind::Reach {
                touchpoint,
                personas,
            } => t(
                "{touchpoint}: reach is still the default {reach} for {personas}",
                "{touchpoint}: het bereik is nog de standaardwaarde {reach} voor {personas}",
            )
            .fill(
                lang,
                &[
                    ("touchpoint", touchpoint),
                    ("reach", &percent(super::journey::DEFAULT_REACH, 0, lang)),
                    ("personas", &personas.join(", ")),
                ],
            ),
        }
    }
}

/// A step of building a project, for the Overview's checklist of next steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// At least one persona, each with a biography or goals.
    DescribePersonas,
    /// Every persona scored on at least one touchpoint.
    ScoreTheJourney,
    /// Every persona's 4C and value elements given (a note or a score of its own).
    FourCAndValue,
    /// A survey wave entered (and Today calibrated to one).
    SurveyWave,
    /// An initiative with an effect on a touchpoint.
    Initiatives,
    /// A scenario that differs from Today (initiatives or assumptions of its own).
    Scenario,
    /// A slide in the deck.
    Deck,
}

impl NextStep {
    /// Every step, in the order a team usually takes them.
    pub const ALL: [NextStep; 7] = [
        NextStep::DescribePersonas,
        NextStep::ScoreTheJourney,
        NextStep::FourCAndValue,
        NextStep::SurveyWave,
        NextStep::Initiatives,
        NextStep::Scenario,
        NextStep::Deck,
    ];

    /// Whether `project` has done this step.
    pub fn done(self, project: &Project) -> bool {
        let personas = &project.personas;
        match self {
            NextStep::DescribePersonas => {
                !personas.is_empty()
                    && personas
                        .iter()
                        .all(|p| !p.bio.trim().is_empty() || !p.goals.is_empty())
            }
            NextStep::ScoreTheJourney => {
                let scored: std::collections::HashSet<&super::Id> = project
                    .touchpoints
                    .iter()
                    .flat_map(|t| t.experiences.iter().map(|e| &e.persona))
                    .collect();
                !personas.is_empty() && personas.iter().all(|p| scored.contains(&p.id))
            }
            NextStep::FourCAndValue => {
                let untouched_c = super::FourCScore::default();
                let untouched_v = super::ValueScore::default();
                !personas.is_empty()
                    && personas.iter().all(|p| {
                        super::FourCDimension::ALL
                            .iter()
                            .any(|c| *p.four_c.get(*c) != untouched_c)
                            && super::ValueElement::ALL
                                .iter()
                                .any(|e| *p.value.get(*e) != untouched_v)
                    })
            }
            NextStep::SurveyWave => {
                !project.surveys.is_empty()
                    && matches!(project.settings.today, super::TodayBasis::Rate { .. })
            }
            NextStep::Initiatives => project.initiatives.iter().any(|i| !i.effects.is_empty()),
            NextStep::Scenario => project
                .scenarios
                .iter()
                .any(|s| !s.initiatives.is_empty() || !s.overrides.is_empty()),
            NextStep::Deck => !project.slides.is_empty(),
        }
    }

    /// What to do, as a link's text.
    pub fn label(self, project: &Project, lang: Lang) -> String {
        match self {
            NextStep::DescribePersonas => t(
                "Describe your personas: who they are, their goals and needs",
                "Beschrijf je persona's: wie ze zijn, hun doelen en behoeften",
            ),
            NextStep::ScoreTheJourney => t(
                "Score every persona on the journey's touchpoints",
                "Scoor elke persona op de touchpoints van de klantreis",
            ),
            NextStep::FourCAndValue => t(
                "Fill in the 4C and the value elements for each persona",
                "Vul de 4C en de waarde-elementen in voor elke persona",
            ),
            NextStep::SurveyWave if !project.surveys.is_empty() && !self.done(project) => t(
                "Calibrate the model to your survey wave (Metrics › Calibrate)",
                "Kalibreer het model op je meting (Metingen › Kalibreren)",
            ),
            NextStep::SurveyWave => t(
                "Enter a survey wave (NPS, effort, retention) and calibrate to it",
                "Voer een meting in (NPS, moeite, retentie) en kalibreer erop",
            ),
            NextStep::Initiatives => t(
                "Plan an initiative and what it changes at which touchpoint",
                "Plan een initiatief en wat het verandert bij welk touchpoint",
            ),
            NextStep::Scenario => t(
                "Make a scenario that differs from Today",
                "Maak een scenario dat verschilt van Vandaag",
            ),
            NextStep::Deck => t(
                "Put the plots that tell your story on slides for the workshop",
                "Zet de grafieken die je verhaal vertellen op dia's voor de workshop",
            ),
        }
        .get(lang)
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Experience;
    use crate::model::edit::{ListEdit, ListKind, apply};

    #[test]
    fn new_numbers_are_flagged_until_edited_and_the_samples_have_none() {
        for name in ["hotel-group", "online-shop"] {
            let text = std::fs::read_to_string(format!(
                "{}/projects/{name}.ron",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("sample");
            let project = crate::store::parse(&text).expect("sample");
            assert_eq!(still_default(&project), [], "{name}");
        }
        let mut project = crate::store::embedded_sample().expect("sample");
        let added = ListEdit::Add {
            name: "Weekend cyclist".into(),
            after: None,
            stage: None,
        };
        let persona = apply(&mut project, ListKind::Personas, added)
            .and_then(|o| o.select)
            .expect("added");
        let tp = &mut project.touchpoints[0];
        tp.experiences.push(Experience::neutral(persona.clone()));
        let notes = still_default(&project);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(notes[0].target, Target::Persona(persona.clone()));
        let first = notes[0].message(&project, Lang::En);
        assert!(first.contains("1,000 customers"), "{first}");
        let reach = notes[1].message(&project, Lang::Nl);
        assert!(
            reach.contains("10 %") && reach.contains("Weekend cyclist"),
            "{reach}"
        );

        // Saved, the flags are written while true and read back; a file without them holds
        // the team's own numbers.
        let text = crate::store::to_ron(&project).expect("serialises");
        assert_eq!(text.matches("is_default: true").count(), 2, "{text}");
        let again = crate::store::parse(&text).expect("reads");
        assert_eq!(still_default(&again), notes);
        let unflagged = text.replace("is_default: true", "is_default: false");
        let own = crate::store::parse(&unflagged).expect("reads");
        assert_eq!(still_default(&own), []);
        let written = crate::store::to_ron(&own).expect("serialises");
        assert!(!written.contains("is_default"));

        // An initiative that changes something and costs nothing has costs to enter.
        let mut free = own;
        free.initiatives[0].one_off_cost = 0.0;
        free.initiatives[0].cost_per_period = 0.0;
        let notes = still_default(&free);
        assert_eq!(
            notes.iter().map(|n| &n.target).collect::<Vec<_>>(),
            [&Target::Initiative(free.initiatives[0].id.clone())]
        );
        assert!(
            notes[0]
                .message(&free, Lang::En)
                .contains("costs are still 0")
        );
    }
}
