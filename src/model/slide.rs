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

/// Which plot, for which scenario or persona where the plot needs one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlotSpec {
    /// The kind of plot.
    pub kind: PlotKind,
    /// The scenario shown, for plots of one scenario.
    #[serde(default)]
    pub scenario: Option<Id>,
    /// The persona shown, for plots of one persona.
    #[serde(default)]
    pub persona: Option<Id>,
}

/// The plots of PRODUCT.md §5.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlotKind {
    /// Emotion curve per persona over the journey.
    #[default]
    EmotionCurves,
    /// The eight needs of one or all personas.
    NeedsProfile,
    /// 4C radar, personas overlaid.
    FourCRadar,
    /// Value elements with the expectation–perception gap.
    ValueGaps,
    /// Touchpoints by ownership class and stage.
    OwnershipMatrix,
    /// Customers by loyalty state over time, for one scenario.
    CustomersByState,
    /// Active-loyal customers per scenario over time.
    ActiveLoyalComparison,
    /// Revenue per scenario over time.
    RevenueComparison,
    /// Cumulative profit per scenario, break-even marked.
    ProfitComparison,
    /// NPS estimate per scenario over time.
    NpsComparison,
    /// Customer lifetime value per persona and scenario.
    ClvPerPersona,
    /// Which assumption moves cumulative profit most, for one scenario.
    Tornado,
    /// Every persona's expectation–perception gap, worst first.
    ValueGapRanking,
    /// NPS, CES and CSAT across the survey waves.
    SurveyTrend,
}
