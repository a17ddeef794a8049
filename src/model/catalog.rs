//! The domain knowledge of the seeds as data: generations and their channels, the eight needs,
//! default journey stages, strategies and triggers, the default assumptions with their
//! evidence, and the built-in avatars. Labels are bilingual [`Text`]s.

use super::initiative::{EmotionalTrigger, InitiativeKind, Strategy};
use super::journey::{Channel, ExperientialElement, Ownership};
use super::persona::{FourCDimension, Generation, LoyaltyType, Need, ValueElement};
use super::scenario::{AssumptionKey, MarginTiming, Period};
use crate::i18n::{Lang, Text, t};

/// A generation with its birth years and the contact channels seed 000 says it prefers.
#[derive(Debug)]
pub struct GenerationInfo {
    /// Which generation.
    pub generation: Generation,
    /// First birth year.
    pub from_year: i32,
    /// Last birth year (inclusive); `None` for the open-ended youngest generation.
    pub to_year: Option<i32>,
    /// Name.
    pub label: Text,
    /// Preferred channels, as the seed lists them.
    pub channels: &'static [Channel],
}

/// The generations of seed 000, oldest first.
pub const GENERATIONS: [GenerationInfo; 6] = [
    GenerationInfo {
        generation: Generation::Silent,
        from_year: 1928,
        to_year: Some(1945),
        label: t("Silent Generation", "Stille Generatie"),
        channels: &[Channel::Phone, Channel::FaceToFace],
    },
    GenerationInfo {
        generation: Generation::BabyBoomers,
        from_year: 1946,
        to_year: Some(1964),
        label: t("Baby boomers", "Babyboomers"),
        channels: &[
            Channel::Phone,
            Channel::FaceToFace,
            Channel::Email,
            Channel::QuickHumanAccess,
        ],
    },
    GenerationInfo {
        generation: Generation::GenX,
        from_year: 1965,
        to_year: Some(1980),
        label: t("Generation X", "Generatie X"),
        channels: &[
            Channel::Phone,
            Channel::FaceToFace,
            Channel::Email,
            Channel::QuickHumanAccess,
        ],
    },
    GenerationInfo {
        generation: Generation::Millennials,
        from_year: 1981,
        to_year: Some(1996),
        label: t("Millennials", "Millennials"),
        channels: &[
            Channel::Sms,
            Channel::Chat,
            Channel::AlwaysOnService,
            Channel::Faq,
            Channel::SelfServicePortal,
            Channel::Chatbot,
        ],
    },
    GenerationInfo {
        generation: Generation::GenZ,
        from_year: 1997,
        to_year: Some(2012),
        label: t("Generation Z", "Generatie Z"),
        channels: &[
            Channel::SocialMedia,
            Channel::Email,
            Channel::FaceToFace,
            Channel::Ads,
            Channel::LiveChat,
            Channel::Blog,
            Channel::AlwaysOnService,
            Channel::Faq,
            Channel::SelfServicePortal,
            Channel::Chatbot,
        ],
    },
    GenerationInfo {
        generation: Generation::GenAlpha,
        from_year: 2013,
        to_year: None,
        label: t("Generation Alpha", "Generatie Alpha"),
        // The seeds say nothing about Gen Alpha's channels; nothing is pre-filled.
        channels: &[],
    },
];

/// The generation of someone born in `year`; `None` before 1928, where the seed starts.
pub fn generation_of(year: i32) -> Option<Generation> {
    GENERATIONS
        .iter()
        .find(|g| year >= g.from_year && g.to_year.is_none_or(|to| year <= to))
        .map(|g| g.generation)
}

/// The table row of a generation.
pub fn generation_info(generation: Generation) -> &'static GenerationInfo {
    let index = GENERATIONS
        .iter()
        .position(|g| g.generation == generation)
        .unwrap_or(0);
    &GENERATIONS[index]
}

/// Name of a generation.
pub fn generation_label(generation: Generation, lang: Lang) -> &'static str {
    generation_info(generation).label.get(lang)
}

/// Name of a need.
pub fn need_label(need: Need, lang: Lang) -> &'static str {
    match need {
        Need::Convenience => t("Convenience", "Gemak"),
        Need::GoodPrice => t("Good price", "Goede prijs"),
        Need::Choice => t("Choice of options", "Keuzemogelijkheden"),
        Need::Personalisation => t("Personalisation", "Personalisering"),
        Need::Reliability => t("Reliability", "Betrouwbaarheid"),
        Need::Performance => t("Performance", "Prestaties"),
        Need::Transparency => t("Transparency", "Transparantie"),
        Need::Accessibility => t("Accessibility", "Toegankelijkheid"),
    }
    .get(lang)
}

/// Name of a loyalty type.
pub fn loyalty_label(loyalty: LoyaltyType, lang: Lang) -> &'static str {
    match loyalty {
        LoyaltyType::Prospect => t("Prospect", "Prospect"),
        LoyaltyType::PassiveLoyal => t("Passive loyal", "Passief loyaal"),
        LoyaltyType::ActiveLoyal => t("Active loyal", "Actief loyaal"),
    }
    .get(lang)
}

/// Name of a channel.
pub fn channel_label(channel: &Channel, lang: Lang) -> String {
    let text = match channel {
        Channel::Phone => t("Phone", "Telefoon"),
        Channel::FaceToFace => t("Face to face", "Face-to-face"),
        Channel::Email => t("E-mail", "E-mail"),
        Channel::Sms => t("SMS", "Sms"),
        Channel::Chat => t("Chat", "Chat"),
        Channel::LiveChat => t("Live chat", "Livechat"),
        Channel::Chatbot => t("Chatbot", "Chatbot"),
        Channel::SocialMedia => t("Social media", "Sociale media"),
        Channel::Ads => t("Ads", "Advertenties"),
        Channel::Blog => t("Blogs", "Blogs"),
        Channel::Faq => t("FAQ", "FAQ"),
        Channel::SelfServicePortal => t("Self-service portal", "Selfserviceportaal"),
        Channel::Website => t("Website", "Website"),
        Channel::App => t("App", "App"),
        Channel::Post => t("Post", "Post"),
        Channel::QuickHumanAccess => t("Quick access to a human", "Snel een mens spreken"),
        Channel::AlwaysOnService => t("24/7 service", "24/7 service"),
        Channel::Other(name) => return name.clone(),
    };
    text.get(lang).to_string()
}

/// The named channels offered in pickers (everything but `Other`).
pub const CHANNELS: [Channel; 17] = [
    Channel::Phone,
    Channel::FaceToFace,
    Channel::Email,
    Channel::Sms,
    Channel::Chat,
    Channel::LiveChat,
    Channel::Chatbot,
    Channel::SocialMedia,
    Channel::Ads,
    Channel::Blog,
    Channel::Faq,
    Channel::SelfServicePortal,
    Channel::Website,
    Channel::App,
    Channel::Post,
    Channel::QuickHumanAccess,
    Channel::AlwaysOnService,
];

/// Name of an ownership class.
pub fn ownership_label(ownership: Ownership, lang: Lang) -> &'static str {
    match ownership {
        Ownership::BrandOwned => t("Brand-owned", "Merkeigen"),
        Ownership::PartnerOwned => t("Partner-owned", "Partnereigen"),
        Ownership::CustomerOwned => t("Customer-owned", "Klanteigen"),
        Ownership::SocialExternal => t("Social / external", "Sociaal / extern"),
    }
    .get(lang)
}

/// Name of an experiential element.
pub fn element_label(element: ExperientialElement, lang: Lang) -> &'static str {
    match element {
        ExperientialElement::Sense => t("Sense", "Zintuigen"),
        ExperientialElement::Feel => t("Feel", "Voelen"),
        ExperientialElement::Think => t("Think", "Denken"),
        ExperientialElement::Act => t("Act", "Doen"),
        ExperientialElement::Relate => t("Relate", "Relateren"),
    }
    .get(lang)
}

/// Name of one of the four Cs.
pub fn four_c_label(c: FourCDimension, lang: Lang) -> &'static str {
    match c {
        FourCDimension::WantsAndNeeds => t("Consumer wants and needs", "Wensen en behoeften"),
        FourCDimension::Cost => t("Cost", "Kosten"),
        FourCDimension::Convenience => t("Convenience", "Gemak"),
        FourCDimension::Communication => t("Communication", "Communicatie"),
    }
    .get(lang)
}

/// Name of a value element.
pub fn value_element_label(element: ValueElement, lang: Lang) -> &'static str {
    match element {
        ValueElement::Expectation => t("Value expectation", "Waardeverwachting"),
        ValueElement::Proposition => t("Value proposition", "Waardepropositie"),
        ValueElement::Perception => t("Value perception", "Waardeperceptie"),
        ValueElement::Realisation => t("Value realisation", "Waarderealisatie"),
    }
    .get(lang)
}

/// A strategy or trigger with what the seed says of it.
#[derive(Debug)]
pub struct KindInfo {
    /// Which kind.
    pub kind: InitiativeKind,
    /// Name.
    pub label: Text,
    /// The seed's explanation.
    pub description: Text,
}

/// The seven strategies (seed 003) and five emotional triggers (seed 002).
pub const INITIATIVE_KINDS: [KindInfo; 12] = [
    KindInfo {
        kind: InitiativeKind::Strategy(Strategy::JourneyMapping),
        label: t("Journey mapping", "Klantreis in kaart brengen"),
        description: t(
            "Identify and optimise all touchpoints.",
            "Alle contactpunten identificeren en optimaliseren.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Strategy(Strategy::FeedbackAndSentiment),
        label: t(
            "Feedback and sentiment analysis",
            "Feedback en sentimentanalyse",
        ),
        description: t(
            "Surveys, sentiment analysis and other tools to understand how customers perceive you.",
            "Enquêtes, sentimentanalyse en andere tools om de klantperceptie te begrijpen.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Strategy(Strategy::CxTechnology),
        label: t("CX technology", "CX-technologie"),
        description: t(
            "Chatbots, AI for personalisation, augmented reality to visualise products.",
            "Chatbots, AI voor personalisatie, augmented reality voor productvisualisatie.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Strategy(Strategy::TeamTraining),
        label: t("Team training", "Teamtraining"),
        description: t(
            "Focus on empathy and problem-solving skills.",
            "Focus op empathie en probleemoplossend vermogen.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Strategy(Strategy::ContinuousAbTests),
        label: t("Continuous A/B tests", "Continue A/B-tests"),
        description: t(
            "Constantly optimise the user experience.",
            "De gebruikerservaring voortdurend optimaliseren.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Strategy(Strategy::LoyaltyProgramme),
        label: t("Loyalty programme", "Loyaliteitsprogramma"),
        description: t(
            "Rewards that encourage continued engagement.",
            "Beloningen die voortdurende betrokkenheid stimuleren.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Strategy(Strategy::TailoredContent),
        label: t("Tailored content", "Aangepaste content"),
        description: t(
            "Relevant content for different customer segments.",
            "Relevante content voor verschillende klantsegmenten.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Trigger(EmotionalTrigger::StimulateSenses),
        label: t("Stimulate the senses", "Stimuleer de zintuigen"),
        description: t(
            "Make the experience something people see, hear, smell and feel.",
            "Maak de ervaring iets wat mensen zien, horen, ruiken en voelen.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Trigger(EmotionalTrigger::DisappointmentIntoDelight),
        label: t(
            "Turn disappointment into delight",
            "Zet teleurstelling om in extase",
        ),
        description: t(
            "A problem solved beyond expectation is remembered and retold.",
            "Een probleem dat boven verwachting wordt opgelost, wordt onthouden en doorverteld.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Trigger(EmotionalTrigger::PlanSurprises),
        label: t("Plan surprises", "Plan om te verrassen"),
        description: t(
            "Pleasant surprises create the emotions that make experiences stick.",
            "Aangename verrassingen wekken de emoties die ervaringen laten plakken.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Trigger(EmotionalTrigger::TellStories),
        label: t("Tell compelling stories", "Vertel meeslepende verhalen"),
        description: t(
            "Stories carry emotion and travel by word of mouth.",
            "Verhalen dragen emotie over en gaan van mond tot mond.",
        ),
    },
    KindInfo {
        kind: InitiativeKind::Trigger(EmotionalTrigger::ControlledExperiments),
        label: t(
            "Run controlled experiments",
            "Voer gecontroleerde experimenten uit",
        ),
        description: t(
            "Ask not only what works, but what works where, when and for whom.",
            "Vraag niet alleen wat werkt, maar wat werkt waar, wanneer en voor wie.",
        ),
    },
];

/// Name of an initiative kind.
pub fn initiative_kind_label(kind: InitiativeKind, lang: Lang) -> &'static str {
    INITIATIVE_KINDS
        .iter()
        .find(|k| k.kind == kind)
        .map(|k| k.label.get(lang))
        .unwrap_or(t("Other", "Overig").get(lang))
}

/// A default journey stage.
#[derive(Debug)]
pub struct StageInfo {
    /// Id given to the stage in a new project.
    pub id: &'static str,
    /// Name.
    pub label: Text,
}

/// The default stages of a new project.
pub const DEFAULT_STAGES: [StageInfo; 6] = [
    StageInfo {
        id: "s-orientation",
        label: t("Orientation", "Oriëntatie"),
    },
    StageInfo {
        id: "s-consideration",
        label: t("Consideration", "Overweging"),
    },
    StageInfo {
        id: "s-purchase",
        label: t("Purchase", "Aankoop"),
    },
    StageInfo {
        id: "s-delivery-use",
        label: t("Delivery and use", "Levering en gebruik"),
    },
    StageInfo {
        id: "s-service",
        label: t("Service and after-sales", "Service en aftersales"),
    },
    StageInfo {
        id: "s-loyalty",
        label: t("Loyalty and advocacy", "Loyaliteit en ambassadeurschap"),
    },
];

/// How an assumption's value reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A chance or share from 0 to 1, shown as a percentage.
    Share,
    /// A plain number (people, score points).
    Number,
}

/// A default assumption: value, plausible range, and the evidence behind it.
#[derive(Debug)]
pub struct AssumptionInfo {
    /// Which assumption.
    pub key: AssumptionKey,
    /// Short name.
    pub label: Text,
    /// Default value.
    pub value: f64,
    /// Low end of the plausible range.
    pub low: f64,
    /// High end of the plausible range.
    pub high: f64,
    /// Hard bounds no value may leave (probabilities stay in 0–1).
    pub bounds: (f64, f64),
    /// How the value reads.
    pub unit: Unit,
    /// The evidence.
    pub source: Text,
}

/// The source of the chance of leaving after a negative experience: a stated intention turned
/// into a behaviour assumption. People do less than they say (the say–do or intention–behaviour
/// gap: about half of intentions are acted on, Sheeran & Webb 2016), and in PwC's survey 32 %
/// say they would leave even a brand they love after one bad experience (PwC 2018): a stated
/// intention too. So the default is 0.35, about half the stated 73 %, and the range runs from
/// 0.20 up to the stated 73 %, the value if everyone did what they say.
pub const CHURN_AFTER_NEGATIVE_SOURCE: Text = t(
    "Behaviour assumption from a stated intention. Article \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 73 % of consumers say one negative experience is enough to drop a brand. What people say overstates what they do (the say–do gap: about half of intentions are acted on, Sheeran & Webb 2016), and in PwC's survey 32 % say they would leave even a brand they love after one bad experience (PwC, Experience is everything, 2018). Hence 35 % by default, with a range from 20 % up to the stated 73 %. For comparison: 89 % switched to a competitor after a poor experience at some time (RightNow/Harris Interactive, Customer Experience Impact Report 2011).",
    "Gedragsaanname op basis van een uitgesproken intentie. Artikel \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 73 % van de consumenten zegt dat één negatieve ervaring genoeg is om een merk te laten vallen. Wat mensen zeggen, overschat wat ze doen (de kloof tussen zeggen en doen: ongeveer de helft van de intenties wordt uitgevoerd, Sheeran & Webb 2016), en in het onderzoek van PwC zegt 32 % zelfs een geliefd merk te verlaten na één slechte ervaring (PwC, Experience is everything, 2018). Daarom standaard 35 %, met een bereik van 20 % tot de uitgesproken 73 %. Ter vergelijking: 89 % is ooit overgestapt naar een concurrent na een slechte ervaring (RightNow/Harris Interactive, Customer Experience Impact Report 2011).",
);

/// The default assumptions of PRODUCT.md §4, in [`AssumptionKey::ALL`] order.
pub const DEFAULT_ASSUMPTIONS: [AssumptionInfo; 19] = [
    AssumptionInfo {
        key: AssumptionKey::ChurnAfterNegative,
        label: t(
            "Chance a new or passive-loyal customer leaves after a negative experience",
            "Kans dat een nieuwe of passief loyale klant vertrekt na een negatieve ervaring",
        ),
        value: 0.35,
        low: 0.20,
        high: 0.73,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: CHURN_AFTER_NEGATIVE_SOURCE,
    },
    AssumptionInfo {
        key: AssumptionKey::ActiveLoyalBuffer,
        label: t(
            "Active-loyal buffer: multiplier on that chance",
            "Buffer actief loyaal: vermenigvuldiger op die kans",
        ),
        value: 0.5,
        low: 0.2,
        high: 0.8,
        bounds: (0.0, 1.0),
        unit: Unit::Number,
        source: t(
            "Assumption; Social Media voor het MBO (9th ed., §2.2 \"De customer experience en loyaliteit\"): loyalty needs an emotional connection",
            "Aanname; Social Media voor het MBO (9e editie, §2.2 \"De customer experience en loyaliteit\"): loyaliteit vraagt een emotionele band",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::PassiveSwitching,
        label: t(
            "Passive-loyal base switching per month",
            "Basisoverstap passief loyaal per maand",
        ),
        value: 0.03,
        low: 0.01,
        high: 0.08,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t(
            "Assumption; Social Media voor het MBO (9th ed., §2.2 \"De customer experience en loyaliteit\"): passive-loyal customers re-orient at each purchase",
            "Aanname; Social Media voor het MBO (9e editie, §2.2 \"De customer experience en loyaliteit\"): passief loyale klanten oriënteren zich bij elke aankoop opnieuw",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::DelightToActive,
        label: t(
            "Chance a delighting experience turns passive into active loyalty",
            "Kans dat een verrukkende ervaring passieve loyaliteit actief maakt",
        ),
        value: 0.25,
        low: 0.10,
        high: 0.50,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t(
            "Assumption; E-commerce Expander blog, \"Klantervaringen: wat maakt dat klantervaringen blijven plakken?\": emotional connection drives loyalty (Gallup, behavioral economics: emotionally engaging firms outperform by 26 %)",
            "Aanname; E-commerce Expander blog, \"Klantervaringen: wat maakt dat klantervaringen blijven plakken?\": emotionele verbinding drijft loyaliteit (Gallup, behavioral economics: emotioneel verbindende bedrijven presteren 26 % beter)",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::ShareWhoTell,
        label: t(
            "Share of delighted customers who tell others",
            "Aandeel verrukte klanten dat het anderen vertelt",
        ),
        value: 0.72,
        low: 0.50,
        high: 0.80,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t(
            "Article \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 72 % say they are likely to share a positive experience with six or more people (a stated intention)",
            "Artikel \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 72 % zegt een positieve ervaring waarschijnlijk met zes of meer mensen te delen (een uitgesproken intentie)",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::PeopleTold,
        label: t(
            "People each of them tells",
            "Aantal mensen dat ieder van hen het vertelt",
        ),
        value: 6.0,
        low: 3.0,
        high: 10.0,
        bounds: (0.0, 1000.0),
        unit: Unit::Number,
        source: t(
            "Article \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": six or more people",
            "Artikel \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": zes of meer mensen",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::ReferralConversion,
        label: t(
            "Chance a told person becomes a customer",
            "Kans dat iemand die het hoort klant wordt",
        ),
        value: 0.02,
        low: 0.005,
        high: 0.05,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t(
            "Assumption; article \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 92 % trust reviews from family, friends and other consumers over advertising",
            "Aanname; artikel \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 92 % vertrouwt recensies van familie, vrienden en andere consumenten meer dan reclame",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::PremiumShare,
        label: t(
            "Share of customers who pay more for a good experience",
            "Aandeel klanten dat meer betaalt voor een goede ervaring",
        ),
        value: 0.42,
        low: 0.30,
        high: 0.86,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t(
            "Article \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 42 % say they would pay more for a welcoming, friendly experience (PwC, Experience is everything, 2018); 86 % in Social Media voor het MBO (9th ed., §2.2; figures cited from SuperOffice)",
            "Artikel \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 42 % zegt meer te betalen voor een gastvrije, vriendelijke ervaring (PwC, Experience is everything, 2018); 86 % in Social Media voor het MBO (9e editie, §2.2; cijfers via SuperOffice)",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::PricePremium,
        label: t("Price premium they pay", "Meerprijs die zij betalen"),
        value: 0.155,
        low: 0.13,
        high: 0.18,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t(
            "Article \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 13–18 % more (PwC, Experience is everything, 2018)",
            "Artikel \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 13 tot 18 % meer (PwC, Experience is everything, 2018)",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::WinBack,
        label: t(
            "Win-back of lost customers per month",
            "Terugwinnen van verloren klanten per maand",
        ),
        value: 0.01,
        low: 0.0,
        high: 0.03,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t("Assumption", "Aanname"),
    },
    AssumptionInfo {
        key: AssumptionKey::DiscountRateYear,
        label: t("Discount rate per year", "Disconteringsvoet per jaar"),
        value: 0.10,
        low: 0.05,
        high: 0.15,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t("Assumption", "Aanname"),
    },
    AssumptionInfo {
        key: AssumptionKey::GrossMargin,
        label: t("Gross margin on spend", "Brutomarge op bestedingen"),
        value: 0.30,
        low: 0.10,
        high: 0.60,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t("Assumption, per project", "Aanname, per project"),
    },
    AssumptionInfo {
        key: AssumptionKey::BaseAcquisition,
        label: t(
            "Prospects who become customers per month without a referral",
            "Prospects die per maand zonder aanbeveling klant worden",
        ),
        value: 0.005,
        low: 0.0,
        high: 0.02,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t(
            "Assumption; marketing-driven acquisition, apart from word of mouth",
            "Aanname; instroom door marketing, los van mond-tot-mondreclame",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::RecommendShare,
        label: t(
            "Share of delighted and active-loyal customers who recommend (promoters)",
            "Aandeel verrukte en actief loyale klanten dat aanbeveelt (promotors)",
        ),
        value: 0.77,
        low: 0.60,
        high: 0.90,
        bounds: (0.0, 1.0),
        unit: Unit::Share,
        source: t(
            "Article \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 77 % say they would recommend the company to a friend",
            "Artikel \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\": 77 % zegt het bedrijf aan een vriend aan te bevelen",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::NegativeMidpoint,
        label: t(
            "Experience score at which a visit is negative half the time",
            "Ervaringsscore waarbij een bezoek de helft van de keren negatief is",
        ),
        value: -3.0,
        low: -4.0,
        high: -2.0,
        bounds: (-5.0, 5.0),
        unit: Unit::Number,
        source: t(
            "Model calibration: scores of −3 and worse are clearly negative on the −5..+5 scale",
            "Modelkalibratie: scores van −3 en lager zijn duidelijk negatief op de schaal −5..+5",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::DelightMidpoint,
        label: t(
            "Experience score at which a visit delights half the time",
            "Ervaringsscore waarbij een bezoek de helft van de keren verrukt",
        ),
        value: 3.0,
        low: 2.0,
        high: 4.0,
        bounds: (-5.0, 5.0),
        unit: Unit::Number,
        source: t(
            "Model calibration: scores of +3 and better are clearly delighting on the −5..+5 scale",
            "Modelkalibratie: scores van +3 en hoger zijn duidelijk verrukkend op de schaal −5..+5",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::ScoreSteepness,
        label: t(
            "Steepness of the score-to-chance curves (per score point)",
            "Steilheid van de curves van score naar kans (per scorepunt)",
        ),
        value: 1.5,
        low: 1.0,
        high: 2.5,
        bounds: (0.1, 10.0),
        unit: Unit::Number,
        source: t(
            "Model calibration: one score point moves the odds about 4.5 times",
            "Modelkalibratie: één scorepunt verandert de kansverhouding ongeveer 4,5 keer",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::EffortWeight,
        label: t(
            "Score points per CES point above or below neutral",
            "Scorepunten per CES-punt boven of onder neutraal",
        ),
        value: 0.5,
        low: 0.25,
        high: 1.0,
        bounds: (0.0, 5.0),
        unit: Unit::Number,
        source: t(
            "Assumption; effort predicts disloyalty (Dixon, Freeman & Toman 2010, 'Stop trying to delight your customers')",
            "Aanname; moeite voorspelt ontrouw (Dixon, Freeman & Toman 2010, 'Stop trying to delight your customers')",
        ),
    },
    AssumptionInfo {
        key: AssumptionKey::ValueGapEffect,
        label: t(
            "Effect of the value gap on passive switching (per 10 gap points)",
            "Effect van de waardekloof op passieve overstap (per 10 kloofpunten)",
        ),
        value: 1.0,
        low: 0.5,
        high: 2.0,
        bounds: (0.0, 10.0),
        unit: Unit::Number,
        source: t(
            "Assumption; expectation–disconfirmation (Oliver 1980): a negative gap predicts dissatisfaction",
            "Aanname; verwachting–disconfirmatie (Oliver 1980): een negatieve kloof voorspelt ontevredenheid",
        ),
    },
];

/// The sources the default assumptions had in files saved before they were cited by title
/// ("Seed 000: …", "Bron 000: …"), English and Dutch, in [`AssumptionKey`] order of
/// [`DEFAULT_ASSUMPTIONS`] where they changed.
const LEGACY_SOURCES: [(AssumptionKey, Text); 10] = [
    (
        AssumptionKey::ChurnAfterNegative,
        t(
            "Seed 000: 73 % say one bad experience is enough to leave; 89 % switched after a poor experience (RightNow/Harris, Customer Experience Impact Report 2011)",
            "Bron 000: 73 % zegt dat één negatieve ervaring genoeg is om te vertrekken; 89 % stapte over na een slechte ervaring (RightNow/Harris, Customer Experience Impact Report 2011)",
        ),
    ),
    (
        AssumptionKey::ActiveLoyalBuffer,
        t(
            "Assumption; seed 001: loyalty needs an emotional connection",
            "Aanname; bron 001: loyaliteit vraagt een emotionele band",
        ),
    ),
    (
        AssumptionKey::PassiveSwitching,
        t(
            "Assumption; seed 001: passive-loyal customers re-orient at each purchase",
            "Aanname; bron 001: passief loyale klanten oriënteren zich bij elke aankoop opnieuw",
        ),
    ),
    (
        AssumptionKey::DelightToActive,
        t(
            "Assumption; seed 002: emotional connection drives loyalty (Gallup: +26 %)",
            "Aanname; bron 002: emotionele verbinding drijft loyaliteit (Gallup: +26 %)",
        ),
    ),
    (
        AssumptionKey::ShareWhoTell,
        t(
            "Seed 000: 72 % share a positive experience with six or more people",
            "Bron 000: 72 % deelt een positieve ervaring met zes of meer mensen",
        ),
    ),
    (
        AssumptionKey::PeopleTold,
        t(
            "Seed 000: six or more people",
            "Bron 000: zes of meer mensen",
        ),
    ),
    (
        AssumptionKey::ReferralConversion,
        t(
            "Assumption; seed 000: 92 % trust peers over advertising",
            "Aanname; bron 000: 92 % vertrouwt anderen meer dan reclame",
        ),
    ),
    (
        AssumptionKey::PremiumShare,
        t(
            "Seed 000: 42 % (PwC, Experience is everything, 2018); 86 % in seed 001 (RightNow 2011)",
            "Bron 000: 42 % (PwC, Experience is everything, 2018); 86 % in bron 001 (RightNow 2011)",
        ),
    ),
    (
        AssumptionKey::PricePremium,
        t("Seed 000: 13–18 % more", "Bron 000: 13 tot 18 % meer"),
    ),
    (
        AssumptionKey::RecommendShare,
        t(
            "Seed 000: 77 % would recommend the company to a friend",
            "Bron 000: 77 % zou het bedrijf aan een vriend aanbevelen",
        ),
    ),
];

/// The source a file saved before sources were cited by title should now show: `Some` with
/// the default's current source in the same language when `old` is the default's old source
/// for `key` (English or Dutch), `None` when it is anything else (a team's own source is kept).
pub fn updated_source(key: AssumptionKey, old: &str) -> Option<&'static str> {
    let (_, legacy) = LEGACY_SOURCES.iter().find(|(k, _)| *k == key)?;
    let old = old.trim();
    Lang::ALL
        .into_iter()
        .find(|lang| legacy.get(*lang) == old)
        .map(|lang| assumption_info(key).source.get(lang))
}

/// The table row of an assumption.
pub fn assumption_info(key: AssumptionKey) -> &'static AssumptionInfo {
    &DEFAULT_ASSUMPTIONS[key.index()]
}

/// Name of a model period length.
pub fn period_label(period: Period, lang: Lang) -> &'static str {
    match period {
        Period::Month => t("Month", "Maand"),
        Period::Quarter => t("Quarter", "Kwartaal"),
        Period::Year => t("Year", "Jaar"),
    }
    .get(lang)
}

/// How spend and margin per period read: "per customer per month" / "per klant per maand".
pub fn per_customer_per_period(period: Period, lang: Lang) -> &'static str {
    match period {
        Period::Month => t("per customer per month", "per klant per maand"),
        Period::Quarter => t("per customer per quarter", "per klant per kwartaal"),
        Period::Year => t("per customer per year", "per klant per jaar"),
    }
    .get(lang)
}

/// "per month" / "per maand" for the project's period.
pub fn per_period(period: Period, lang: Lang) -> &'static str {
    match period {
        Period::Month => t("per month", "per maand"),
        Period::Quarter => t("per quarter", "per kwartaal"),
        Period::Year => t("per year", "per jaar"),
    }
    .get(lang)
}

/// Name of a margin timing convention.
pub fn margin_timing_label(timing: MarginTiming, lang: Lang) -> &'static str {
    match timing {
        MarginTiming::EndOfPeriod => t("End of period", "Einde van de periode"),
        MarginTiming::StartOfPeriod => t("Start of period", "Begin van de periode"),
    }
    .get(lang)
}

/// Hair styles of the built-in avatars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HairStyle {
    /// Short hair.
    Short,
    /// Long hair to the shoulders.
    Long,
    /// Hair in a bun.
    Bun,
    /// Curly hair.
    Curly,
    /// Little or no hair.
    Bald,
}

/// A built-in avatar, drawn as shapes so it stays sharp on a projector.
#[derive(Debug)]
pub struct AvatarInfo {
    /// Key stored in the project file.
    pub key: &'static str,
    /// Background colour (sRGB).
    pub background: [u8; 3],
    /// Skin colour.
    pub skin: [u8; 3],
    /// Hair colour.
    pub hair: [u8; 3],
    /// Hair style.
    pub hair_style: HairStyle,
    /// Clothing colour.
    pub clothing: [u8; 3],
    /// Wears glasses.
    pub glasses: bool,
    /// Has a beard.
    pub beard: bool,
}

/// The built-in avatar set.
pub const BUILTIN_AVATARS: [AvatarInfo; 12] = [
    avatar(
        "avatar-01",
        [0xF6, 0xD8, 0xAE],
        [0xF1, 0xC2, 0x9B],
        [0x4A, 0x2F, 0x1B],
        HairStyle::Long,
        [0x2E, 0x86, 0xAB],
        false,
        false,
    ),
    avatar(
        "avatar-02",
        [0xC8, 0xE6, 0xC9],
        [0xE0, 0xAC, 0x69],
        [0x1C, 0x1C, 0x1C],
        HairStyle::Short,
        [0xA2, 0x3B, 0x72],
        false,
        true,
    ),
    avatar(
        "avatar-03",
        [0xD1, 0xC4, 0xE9],
        [0x8D, 0x55, 0x24],
        [0x1C, 0x1C, 0x1C],
        HairStyle::Curly,
        [0xF1, 0x8F, 0x01],
        false,
        false,
    ),
    avatar(
        "avatar-04",
        [0xFF, 0xE0, 0xB2],
        [0xFF, 0xDB, 0xAC],
        [0xB5, 0x8B, 0x3C],
        HairStyle::Bun,
        [0x3B, 0x1F, 0x2B],
        true,
        false,
    ),
    avatar(
        "avatar-05",
        [0xB3, 0xE5, 0xFC],
        [0xC6, 0x86, 0x42],
        [0x9E, 0x9E, 0x9E],
        HairStyle::Bald,
        [0x2D, 0x6A, 0x4F],
        true,
        true,
    ),
    avatar(
        "avatar-06",
        [0xF8, 0xBB, 0xD0],
        [0xF1, 0xC2, 0x9B],
        [0xC6, 0x28, 0x28],
        HairStyle::Long,
        [0x26, 0x46, 0x53],
        false,
        false,
    ),
    avatar(
        "avatar-07",
        [0xDC, 0xED, 0xC8],
        [0xFF, 0xDB, 0xAC],
        [0x5D, 0x40, 0x37],
        HairStyle::Short,
        [0xE7, 0x6F, 0x51],
        true,
        false,
    ),
    avatar(
        "avatar-08",
        [0xFF, 0xF9, 0xC4],
        [0x8D, 0x55, 0x24],
        [0x3E, 0x27, 0x23],
        HairStyle::Bun,
        [0x2A, 0x9D, 0x8F],
        false,
        false,
    ),
    avatar(
        "avatar-09",
        [0xCF, 0xD8, 0xDC],
        [0xF1, 0xC2, 0x9B],
        [0xE0, 0xE0, 0xE0],
        HairStyle::Short,
        [0x45, 0x5A, 0x64],
        true,
        false,
    ),
    avatar(
        "avatar-10",
        [0xE1, 0xBE, 0xE7],
        [0xE0, 0xAC, 0x69],
        [0x21, 0x21, 0x21],
        HairStyle::Curly,
        [0x00, 0x79, 0x6B],
        false,
        false,
    ),
    avatar(
        "avatar-11",
        [0xB2, 0xDF, 0xDB],
        [0xFF, 0xDB, 0xAC],
        [0xD7, 0xA8, 0x4E],
        HairStyle::Long,
        [0x6D, 0x4C, 0x41],
        true,
        false,
    ),
    avatar(
        "avatar-12",
        [0xFF, 0xCC, 0xBC],
        [0xC6, 0x86, 0x42],
        [0x42, 0x42, 0x42],
        HairStyle::Short,
        [0x1E, 0x3A, 0x8A],
        false,
        true,
    ),
];

#[allow(clippy::too_many_arguments)]
const fn avatar(
    key: &'static str,
    background: [u8; 3],
    skin: [u8; 3],
    hair: [u8; 3],
    hair_style: HairStyle,
    clothing: [u8; 3],
    glasses: bool,
    beard: bool,
) -> AvatarInfo {
    AvatarInfo {
        key,
        background,
        skin,
        hair,
        hair_style,
        clothing,
        glasses,
        beard,
    }
}

/// The built-in avatar with `key`, if there is one.
pub fn builtin_avatar(key: &str) -> Option<&'static AvatarInfo> {
    BUILTIN_AVATARS.iter().find(|a| a.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generations_follow_the_seed_years() {
        assert_eq!(generation_of(1927), None);
        assert_eq!(generation_of(1928), Some(Generation::Silent));
        assert_eq!(generation_of(1945), Some(Generation::Silent));
        assert_eq!(generation_of(1946), Some(Generation::BabyBoomers));
        assert_eq!(generation_of(1964), Some(Generation::BabyBoomers));
        assert_eq!(generation_of(1965), Some(Generation::GenX));
        assert_eq!(generation_of(1980), Some(Generation::GenX));
        assert_eq!(generation_of(1981), Some(Generation::Millennials));
        assert_eq!(generation_of(1996), Some(Generation::Millennials));
        assert_eq!(generation_of(1997), Some(Generation::GenZ));
        assert_eq!(generation_of(2012), Some(Generation::GenZ));
        assert_eq!(generation_of(2013), Some(Generation::GenAlpha));
        assert_eq!(generation_of(2030), Some(Generation::GenAlpha));
    }

    #[test]
    fn millennials_and_gen_z_share_the_self_service_channels() {
        for generation in [Generation::Millennials, Generation::GenZ] {
            let channels = generation_info(generation).channels;
            for shared in [
                Channel::AlwaysOnService,
                Channel::Faq,
                Channel::SelfServicePortal,
                Channel::Chatbot,
            ] {
                assert!(
                    channels.contains(&shared),
                    "{generation:?} lacks {shared:?}"
                );
            }
        }
        assert_eq!(
            generation_info(Generation::Silent).channels,
            &[Channel::Phone, Channel::FaceToFace]
        );
    }

    #[test]
    fn assumption_table_is_in_key_order_and_consistent() {
        for (index, info) in DEFAULT_ASSUMPTIONS.iter().enumerate() {
            assert_eq!(info.key.index(), index, "{:?} out of order", info.key);
            assert!(
                info.low <= info.value && info.value <= info.high,
                "{:?}",
                info.key
            );
            assert!(
                info.bounds.0 <= info.low && info.high <= info.bounds.1,
                "{:?}",
                info.key
            );
        }
        let churn = assumption_info(AssumptionKey::ChurnAfterNegative);
        // A stated intention (73 %) at the top of the range, the behaviour well below it.
        assert_eq!((churn.value, churn.low, churn.high), (0.35, 0.20, 0.73));
        for lang in Lang::ALL {
            let source = churn.source.get(lang);
            assert!(
                source.contains("73 %") && source.contains("Sheeran"),
                "{source}"
            );
        }
        assert_eq!(assumption_info(AssumptionKey::PricePremium).value, 0.155);
    }

    #[test]
    fn old_sources_are_replaced_by_titles_and_own_sources_are_kept() {
        let churn = AssumptionKey::ChurnAfterNegative;
        let old = "Seed 000: 73 % say one bad experience is enough to leave; 89 % switched after a poor experience (RightNow/Harris, Customer Experience Impact Report 2011)";
        assert_eq!(
            updated_source(churn, old),
            Some(assumption_info(churn).source.en)
        );
        assert_eq!(
            updated_source(AssumptionKey::PricePremium, "Bron 000: 13 tot 18 % meer"),
            Some(assumption_info(AssumptionKey::PricePremium).source.nl)
        );
        assert_eq!(updated_source(churn, "Our own exit survey, 2025"), None);
        for (key, legacy) in &LEGACY_SOURCES {
            for lang in Lang::ALL {
                let new = updated_source(*key, legacy.get(lang)).expect("mapped");
                assert!(!new.to_lowercase().contains("seed"), "{new}");
                assert!(!new.contains("bron 0") && !new.contains("Bron 0"), "{new}");
            }
        }
    }

    #[test]
    fn every_kind_of_initiative_is_listed_once() {
        let kinds: Vec<InitiativeKind> = Strategy::ALL
            .iter()
            .map(|s| InitiativeKind::Strategy(*s))
            .chain(
                EmotionalTrigger::ALL
                    .iter()
                    .map(|e| InitiativeKind::Trigger(*e)),
            )
            .collect();
        assert_eq!(kinds.len(), INITIATIVE_KINDS.len());
        for kind in kinds {
            assert_eq!(
                INITIATIVE_KINDS.iter().filter(|k| k.kind == kind).count(),
                1
            );
        }
    }
}
