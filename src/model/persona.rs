//! Personas (seed 000): who the customers are, what they need, how loyal they are, and their
//! 4C and value assessments (seed 004).

use super::Id;
use super::journey::Channel;
use serde::{Deserialize, Serialize};

/// One customer persona: a segment of customers described as a person.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Stable id, e.g. `p-anna`.
    pub id: Id,
    /// Display name, e.g. "Anna de Vries".
    pub name: String,
    /// A one-line description under the name, e.g. "Student, Utrecht".
    #[serde(default)]
    pub tagline: String,
    /// Built-in avatar or embedded picture.
    #[serde(default)]
    pub avatar: Avatar,
    /// Something the persona would say, in their own words.
    #[serde(default)]
    pub quote: String,
    /// A short biography.
    #[serde(default)]
    pub bio: String,
    /// Birth year; determines the generation.
    #[serde(default)]
    pub birth_year: Option<i32>,
    /// What the persona wants to achieve.
    #[serde(default)]
    pub goals: Vec<String>,
    /// What annoys or blocks them.
    #[serde(default)]
    pub frustrations: Vec<String>,
    /// Contact channels they prefer, in order of preference.
    #[serde(default)]
    pub preferred_channels: Vec<Channel>,
    /// The eight customer needs, each weighted 0–5.
    #[serde(default)]
    pub needs: Needs,
    /// Where this persona typically stands (seed 001).
    #[serde(default)]
    pub loyalty: LoyaltyType,
    /// Size and spend of the segment, used by the scenarios.
    #[serde(default)]
    pub segment: Segment,
    /// Customers of this persona the business can serve at once; `None`: no limit of its
    /// own (the project's capacity, if any, still applies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<f64>,
    /// The 4C assessment of our offer against the main competitor, for this persona.
    #[serde(default)]
    pub four_c: FourC,
    /// The four value elements for this persona.
    #[serde(default)]
    pub value: ValueAssessment,
}

/// A persona's picture.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Avatar {
    /// No picture: initials are shown.
    #[default]
    None,
    /// One of the built-in avatars, by key (see `catalog::BUILTIN_AVATARS`).
    Builtin(String),
    /// A picture embedded in the project file.
    Image(EmbeddedImage),
}

/// An image embedded in the project file as base64 text, so the file stays self-contained.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbeddedImage {
    /// Encoding of the bytes.
    pub format: ImageFormat,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The encoded image bytes, base64 (standard alphabet, padded).
    pub data_base64: String,
}

/// Encodings an embedded image may have.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImageFormat {
    /// PNG.
    #[default]
    Png,
    /// JPEG.
    Jpeg,
}

/// The eight customer needs of seed 000, each weighted 0 (irrelevant) to 5 (essential).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Needs {
    /// Convenience (gemak).
    pub convenience: u8,
    /// A good price (een goede prijs).
    pub good_price: u8,
    /// Choice of options (verschillende opties).
    pub choice: u8,
    /// Personalisation (personalisering).
    pub personalisation: u8,
    /// Reliability (betrouwbaarheid).
    pub reliability: u8,
    /// Performance (prestaties).
    pub performance: u8,
    /// Transparency (transparantie).
    pub transparency: u8,
    /// Accessibility (toegankelijkheid).
    pub accessibility: u8,
    /// Why the persona weighs the needs so (empty: not written yet).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One of the eight needs, to iterate over and address [`Needs`] fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Need {
    /// Convenience.
    Convenience,
    /// A good price.
    GoodPrice,
    /// Choice of options.
    Choice,
    /// Personalisation.
    Personalisation,
    /// Reliability.
    Reliability,
    /// Performance.
    Performance,
    /// Transparency.
    Transparency,
    /// Accessibility.
    Accessibility,
}

/// Highest need weight.
pub const MAX_NEED_WEIGHT: u8 = 5;

impl Need {
    /// The eight needs in the seed's order.
    pub const ALL: [Need; 8] = [
        Need::Convenience,
        Need::GoodPrice,
        Need::Choice,
        Need::Personalisation,
        Need::Reliability,
        Need::Performance,
        Need::Transparency,
        Need::Accessibility,
    ];

    /// The field name in the file.
    pub fn field(self) -> &'static str {
        match self {
            Need::Convenience => "convenience",
            Need::GoodPrice => "good_price",
            Need::Choice => "choice",
            Need::Personalisation => "personalisation",
            Need::Reliability => "reliability",
            Need::Performance => "performance",
            Need::Transparency => "transparency",
            Need::Accessibility => "accessibility",
        }
    }
}

impl Needs {
    /// The weight of one need.
    pub fn get(&self, need: Need) -> u8 {
        match need {
            Need::Convenience => self.convenience,
            Need::GoodPrice => self.good_price,
            Need::Choice => self.choice,
            Need::Personalisation => self.personalisation,
            Need::Reliability => self.reliability,
            Need::Performance => self.performance,
            Need::Transparency => self.transparency,
            Need::Accessibility => self.accessibility,
        }
    }

    /// The weight of one need, to edit.
    pub fn get_mut(&mut self, need: Need) -> &mut u8 {
        match need {
            Need::Convenience => &mut self.convenience,
            Need::GoodPrice => &mut self.good_price,
            Need::Choice => &mut self.choice,
            Need::Personalisation => &mut self.personalisation,
            Need::Reliability => &mut self.reliability,
            Need::Performance => &mut self.performance,
            Need::Transparency => &mut self.transparency,
            Need::Accessibility => &mut self.accessibility,
        }
    }
}

/// Loyalty type (seed 001): satisfied is not loyal; active loyal customers re-buy without
/// re-orienting, passive loyal ones like the brand but re-orient at each purchase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LoyaltyType {
    /// Not yet a customer.
    Prospect,
    /// Sympathetic but re-orients at each purchase (the larger group).
    #[default]
    PassiveLoyal,
    /// Re-buys without re-orienting; has an emotional connection.
    ActiveLoyal,
}

impl LoyaltyType {
    /// All types, from least to most loyal.
    pub const ALL: [LoyaltyType; 3] = [
        LoyaltyType::Prospect,
        LoyaltyType::PassiveLoyal,
        LoyaltyType::ActiveLoyal,
    ];
}

/// The customers a persona stands for, as the scenario model starts from them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Segment {
    /// Current customers in the segment.
    pub customers: u64,
    /// People in the market who could become customers (the prospect pool).
    pub prospects: u64,
    /// Share (0–1) of the current customers who are active loyal; the rest are passive loyal.
    pub active_loyal_share: f64,
    /// Average spend of one customer per model period, in the project currency.
    pub spend_per_period: f64,
    /// Whether these numbers are still the app's placeholders ([`Segment::default`]) rather
    /// than the team's own: set for a new persona, cleared when any of them is edited.
    /// Written only while true; a file without it holds the team's numbers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_default: bool,
}

impl Default for Segment {
    fn default() -> Self {
        Segment {
            customers: 1000,
            prospects: 10_000,
            active_loyal_share: 0.3,
            spend_per_period: 50.0,
            is_default: true,
        }
    }
}

/// Highest score on the 4C and value scales.
pub const MAX_ASSESSMENT_SCORE: f64 = 10.0;

/// The 4C model (Lauterborn 1990, seed 004) for one persona: our offer against the main
/// competitor on each C, scored 0–10, with a note.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FourC {
    /// Consumer wants and needs.
    pub wants_and_needs: FourCScore,
    /// Cost the customer bears: money, time, effort.
    pub cost: FourCScore,
    /// Convenience to acquire, use and keep.
    pub convenience: FourCScore,
    /// Communication across the customer lifecycle.
    pub communication: FourCScore,
}

/// One C: our score, the main competitor's score (0–10) and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FourCScore {
    /// Our offer, 0–10.
    pub ours: f64,
    /// The main competitor's offer, 0–10.
    pub competitor: f64,
    /// Evidence or explanation.
    pub note: String,
}

impl Default for FourCScore {
    fn default() -> Self {
        FourCScore {
            ours: 5.0,
            competitor: 5.0,
            note: String::new(),
        }
    }
}

/// One of the four Cs, to iterate over and address [`FourC`] fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FourCDimension {
    /// Consumer wants and needs.
    WantsAndNeeds,
    /// Cost.
    Cost,
    /// Convenience.
    Convenience,
    /// Communication.
    Communication,
}

impl FourCDimension {
    /// The four Cs in Lauterborn's order.
    pub const ALL: [FourCDimension; 4] = [
        FourCDimension::WantsAndNeeds,
        FourCDimension::Cost,
        FourCDimension::Convenience,
        FourCDimension::Communication,
    ];

    /// The field name in the file.
    pub fn field(self) -> &'static str {
        match self {
            FourCDimension::WantsAndNeeds => "wants_and_needs",
            FourCDimension::Cost => "cost",
            FourCDimension::Convenience => "convenience",
            FourCDimension::Communication => "communication",
        }
    }
}

impl FourC {
    /// One C's score.
    pub fn get(&self, c: FourCDimension) -> &FourCScore {
        match c {
            FourCDimension::WantsAndNeeds => &self.wants_and_needs,
            FourCDimension::Cost => &self.cost,
            FourCDimension::Convenience => &self.convenience,
            FourCDimension::Communication => &self.communication,
        }
    }

    /// One C's score, to edit.
    pub fn get_mut(&mut self, c: FourCDimension) -> &mut FourCScore {
        match c {
            FourCDimension::WantsAndNeeds => &mut self.wants_and_needs,
            FourCDimension::Cost => &mut self.cost,
            FourCDimension::Convenience => &mut self.convenience,
            FourCDimension::Communication => &mut self.communication,
        }
    }
}

/// The four value elements of seed 004 for one persona, each scored 0–10 with a note.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ValueAssessment {
    /// What the customer expects (from wishes, earlier experiences, needs, word of mouth).
    pub expectation: ValueScore,
    /// How unique our offer is.
    pub proposition: ValueScore,
    /// Benefits against costs as the customer perceives them, relative to a competitor.
    pub perception: ValueScore,
    /// Value the relationship creates.
    pub realisation: ValueScore,
}

/// One value element's score (0–10) and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ValueScore {
    /// Score, 0–10.
    pub score: f64,
    /// Evidence or explanation.
    pub note: String,
}

impl Default for ValueScore {
    fn default() -> Self {
        ValueScore {
            score: 5.0,
            note: String::new(),
        }
    }
}

/// One of the four value elements, to iterate over and address [`ValueAssessment`] fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueElement {
    /// Value expectation.
    Expectation,
    /// Value proposition (uniqueness).
    Proposition,
    /// Value perception.
    Perception,
    /// Value realisation.
    Realisation,
}

impl ValueElement {
    /// The four elements in the seed's order.
    pub const ALL: [ValueElement; 4] = [
        ValueElement::Expectation,
        ValueElement::Proposition,
        ValueElement::Perception,
        ValueElement::Realisation,
    ];

    /// The field name in the file.
    pub fn field(self) -> &'static str {
        match self {
            ValueElement::Expectation => "expectation",
            ValueElement::Proposition => "proposition",
            ValueElement::Perception => "perception",
            ValueElement::Realisation => "realisation",
        }
    }
}

impl ValueAssessment {
    /// One element's score.
    pub fn get(&self, element: ValueElement) -> &ValueScore {
        match element {
            ValueElement::Expectation => &self.expectation,
            ValueElement::Proposition => &self.proposition,
            ValueElement::Perception => &self.perception,
            ValueElement::Realisation => &self.realisation,
        }
    }

    /// One element's score, to edit.
    pub fn get_mut(&mut self, element: ValueElement) -> &mut ValueScore {
        match element {
            ValueElement::Expectation => &mut self.expectation,
            ValueElement::Proposition => &mut self.proposition,
            ValueElement::Perception => &mut self.perception,
            ValueElement::Realisation => &mut self.realisation,
        }
    }

    /// The expectation–perception gap (perception minus expectation; Oliver 1980). Negative
    /// predicts dissatisfaction.
    pub fn gap(&self) -> f64 {
        self.perception.score - self.expectation.score
    }
}

/// Generations by birth year, as seed 000 lists them (Gen Alpha for later years).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Generation {
    /// 1928–1945.
    Silent,
    /// 1946–1964.
    BabyBoomers,
    /// 1965–1980.
    GenX,
    /// 1981–1996.
    Millennials,
    /// 1997–2012.
    GenZ,
    /// 2013 and later.
    GenAlpha,
}

impl Persona {
    /// The persona's generation, if the birth year is known and falls in a generation.
    pub fn generation(&self) -> Option<Generation> {
        self.birth_year.and_then(super::catalog::generation_of)
    }
}

/// Up to two initials of a name ("Anna de Vries" → "AV").
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let pick = match words.as_slice() {
        [] => Vec::new(),
        [one] => vec![*one],
        [first, .., last] => vec![*first, *last],
    };
    pick.iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}
