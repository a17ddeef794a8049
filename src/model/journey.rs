//! The customer journey (seeds 001, 003, 004): ordered stages and the touchpoints in them,
//! each with per-persona experience, effort and reach.

use super::Id;
use serde::{Deserialize, Serialize};

/// A journey stage; stages are shown as columns in the order of the project's list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stable id, e.g. `s-orientation`.
    pub id: Id,
    /// Display name.
    pub name: String,
    /// What happens in this stage.
    #[serde(default)]
    pub description: String,
}

/// A touchpoint: one moment where the customer meets the brand (or hears of it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Touchpoint {
    /// Stable id, e.g. `tp-checkout`.
    pub id: Id,
    /// Display name.
    pub name: String,
    /// The stage it belongs to.
    pub stage: Id,
    /// What happens here.
    #[serde(default)]
    pub description: String,
    /// The channel it happens in.
    #[serde(default)]
    pub channel: Channel,
    /// Who owns and controls it (Lemon & Verhoef 2016).
    #[serde(default)]
    pub ownership: Ownership,
    /// The experiential elements it works on (Schmitt 1999).
    #[serde(default)]
    pub elements: Vec<ExperientialElement>,
    /// What goes wrong here.
    #[serde(default)]
    pub pain_points: Vec<String>,
    /// What could be better.
    #[serde(default)]
    pub opportunities: Vec<String>,
    /// A moment of truth: decisive for the relationship.
    #[serde(default)]
    pub moment_of_truth: bool,
    /// How each persona experiences it; personas not listed do not use it.
    #[serde(default)]
    pub experiences: Vec<Experience>,
}

/// How one persona experiences one touchpoint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Experience {
    /// The persona.
    pub persona: Id,
    /// Experience from −5 (angry) to +5 (delighted).
    pub score: f64,
    /// Customer effort score, 1–7 on the CES 2.0 statement "the company made it easy for me":
    /// 1 means very hard, 7 effortless.
    #[serde(default = "default_effort")]
    pub effort: f64,
    /// Share (0–1) of this persona's customers who use the touchpoint in a model period.
    #[serde(default = "reach_when_missing")]
    pub reach: f64,
    /// Whether `reach` is still the app's default ([`DEFAULT_REACH`]) rather than the team's
    /// own number: set for a new experience, cleared when the reach is edited. Written only
    /// while true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reach_is_default: bool,
}

fn default_effort() -> f64 {
    NEUTRAL_EFFORT
}

/// The reach of a file that leaves it out: 0.5, as every version so far has read it, so such
/// files keep their numbers.
fn reach_when_missing() -> f64 {
    0.5
}

/// The reach a new experience starts with: one in ten of the persona's customers use the
/// touchpoint in a period. Modest on purpose: most touchpoints (a complaint form, an annual
/// service, a delivery) reach far fewer than half the customers in a month, and the samples'
/// measured reaches lie between 4 % and 30 %.
pub const DEFAULT_REACH: f64 = 0.1;

/// Experience score bounds.
pub const MIN_SCORE: f64 = -5.0;
/// Experience score bounds.
pub const MAX_SCORE: f64 = 5.0;
/// Effort (CES) bounds.
pub const MIN_EFFORT: f64 = 1.0;
/// Effort (CES) bounds.
pub const MAX_EFFORT: f64 = 7.0;
/// The middle of the CES scale: neither easy nor hard.
pub const NEUTRAL_EFFORT: f64 = 4.0;

impl Experience {
    /// A neutral experience of a touchpoint by `persona`.
    pub fn neutral(persona: Id) -> Self {
        Experience {
            persona,
            score: 0.0,
            effort: NEUTRAL_EFFORT,
            reach: DEFAULT_REACH,
            reach_is_default: true,
        }
    }
}

impl Touchpoint {
    /// This touchpoint's experience for a persona, if that persona uses it.
    pub fn experience_of(&self, persona: &Id) -> Option<&Experience> {
        self.experiences.iter().find(|e| &e.persona == persona)
    }
}

/// Contact channels, including the preferences seed 000 lists per generation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// Telephone.
    Phone,
    /// Face to face, in a shop, hotel or office.
    FaceToFace,
    /// E-mail, newsletters included.
    Email,
    /// Text messages.
    Sms,
    /// Chat and messaging apps.
    Chat,
    /// Live chat with a person on the website.
    LiveChat,
    /// Chatbot or virtual assistant.
    Chatbot,
    /// Social media.
    SocialMedia,
    /// Advertising.
    Ads,
    /// Blogs and articles.
    Blog,
    /// Frequently asked questions.
    Faq,
    /// Self-service portal or account.
    SelfServicePortal,
    /// Website or web shop.
    #[default]
    Website,
    /// Mobile app.
    App,
    /// Post, parcels and printed matter.
    Post,
    /// Quick access to a human (a preference of Boomers and Gen X).
    QuickHumanAccess,
    /// 24/7 service (a preference of Millennials and Gen Z).
    AlwaysOnService,
    /// Any other channel, named.
    Other(String),
}

/// Who owns and controls a touchpoint (Lemon & Verhoef 2016; the 4C model classifies
/// touchpoints this way).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Ownership {
    /// Designed and controlled by the brand.
    #[default]
    BrandOwned,
    /// Run by a partner: carrier, marketplace, payment provider.
    PartnerOwned,
    /// In the customer's hands: their own choices and habits.
    CustomerOwned,
    /// Social and external: peers, reviews, media.
    SocialExternal,
}

impl Ownership {
    /// All classes, from most to least control.
    pub const ALL: [Ownership; 4] = [
        Ownership::BrandOwned,
        Ownership::PartnerOwned,
        Ownership::CustomerOwned,
        Ownership::SocialExternal,
    ];
}

/// Experiential elements (Schmitt 1999, seed 004).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExperientialElement {
    /// Sensory perception.
    Sense,
    /// Feelings and emotions.
    Feel,
    /// Cognitive processes.
    Think,
    /// What the customer does.
    Act,
    /// Relations with others.
    Relate,
}

impl ExperientialElement {
    /// The five elements in Schmitt's order.
    pub const ALL: [ExperientialElement; 5] = [
        ExperientialElement::Sense,
        ExperientialElement::Feel,
        ExperientialElement::Think,
        ExperientialElement::Act,
        ExperientialElement::Relate,
    ];
}
