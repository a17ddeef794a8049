//! Presentation slides stored in the project (PRODUCT.md §6).

use super::Id;
use super::scenario::AssumptionKey;
use serde::{Deserialize, Serialize};

/// One slide of the workshop deck.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    /// Stable id, e.g. `sl-journey`.
    pub id: Id,
    /// Title shown on the slide.
    pub title: String,
    /// What the slide shows.
    #[serde(default)]
    pub content: SlideContent,
    /// Speaker notes, shown in the presenter view.
    #[serde(default)]
    pub notes: String,
    /// Up to two assumptions shown as live sliders on the slide.
    #[serde(default)]
    pub sliders: Vec<AssumptionKey>,
}

/// Most sliders a slide may carry.
pub const MAX_SLIDERS_PER_SLIDE: usize = 2;

/// What a slide shows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum SlideContent {
    /// A title slide with a subtitle.
    Title(String),
    /// A persona card.
    PersonaCard(Id),
    /// The journey map with its emotion curves.
    #[default]
    JourneyMap,
    /// One plot.
    Plot(PlotSpec),
}

/// Which plot, for which scenario or personas where the plot uses them: the one value a plot
/// carries from the workspace that shows it to the clipboard, the export and the deck.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlotSpec {
    /// The kind of plot.
    pub kind: PlotKind,
    /// The scenario shown, for plots of one scenario; the one emphasised, for comparisons; the
    /// one whose initiatives the emotion curves are drawn again after.
    #[serde(default)]
    pub scenario: Option<Id>,
    /// The persona shown, for plots of one persona.
    #[serde(default)]
    pub persona: Option<Id>,
    /// The personas shown, for plots of some personas (the emotion curves filtered to a few);
    /// empty for every persona. Written only when some are chosen, so older files and files
    /// without a choice read and write as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Id>,
    /// For the scenario comparisons: each scenario's own values rather than its difference
    /// from Today (the default). Written only when chosen.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub absolute: bool,
}

impl PlotKind {
    /// Whether the plot compares the scenarios over time, so it can show them against Today
    /// ([`PlotSpec::absolute`]).
    pub fn compares_scenarios(self) -> bool {
        matches!(
            self,
            PlotKind::ActiveLoyalComparison
                | PlotKind::RevenueComparison
                | PlotKind::ProfitComparison
                | PlotKind::NpsComparison
        )
    }
}

impl PlotSpec {
    /// The plot of `kind` for the whole project: no scenario, every persona.
    pub fn of(kind: PlotKind) -> PlotSpec {
        PlotSpec {
            kind,
            ..PlotSpec::default()
        }
    }
}

/// Declares [`PlotKind`] and [`PlotKind::ALL`] from one list, so no kind is ever left out of it.
macro_rules! plot_kinds {
    ($($(#[$attr:meta])* $variant:ident,)+) => {
        /// The plots of PRODUCT.md §5, in the order a handout shows them.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum PlotKind {
            $($(#[$attr])* $variant,)+
        }

        impl PlotKind {
            /// Every kind of plot, in the order a handout shows them.
            pub const ALL: &'static [PlotKind] = &[$(PlotKind::$variant,)+];
        }
    };
}

plot_kinds! {
    /// Emotion curve per persona over the journey.
    #[default]
    EmotionCurves,
    /// The eight needs of one or all personas.
    NeedsProfile,
    /// 4C radar, personas overlaid.
    FourCRadar,
    /// Value elements with the expectation–perception gap.
    ValueGaps,
    /// Every persona's expectation–perception gap, worst first.
    ValueGapRanking,
    /// NPS, CES and CSAT across the survey waves.
    SurveyTrend,
    /// Touchpoints by ownership class and stage.
    OwnershipMatrix,
    /// Active-loyal customers per scenario over time.
    ActiveLoyalComparison,
    /// Cumulative profit per scenario, break-even marked.
    ProfitComparison,
    /// Revenue per scenario over time.
    RevenueComparison,
    /// NPS estimate per scenario over time.
    NpsComparison,
    /// Customers by loyalty state over time, for one scenario.
    CustomersByState,
    /// Customer lifetime value per persona and scenario.
    ClvPerPersona,
    /// Which assumption moves cumulative profit most, for one scenario.
    Tornado,
}
