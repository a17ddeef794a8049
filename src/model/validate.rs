//! Validation: every problem in a project, each with a field path, a plain sentence in either
//! language, and the item it belongs to. Never panics, whatever the data.

use super::catalog;
use super::initiative::MAX_START_OR_RAMP;
use super::journey::{MAX_EFFORT, MAX_SCORE, MIN_EFFORT, MIN_SCORE};
use super::persona::{MAX_ASSESSMENT_SCORE, MAX_NEED_WEIGHT};
use super::scenario::{MAX_HORIZON_PERIODS, MAX_MONTE_CARLO_RUNS};
use super::slide::MAX_SLIDERS_PER_SLIDE;
use super::survey::{CES_POINTS, CSAT_POINTS};
use super::{AssumptionKey, Avatar, FourCDimension, Id, Need, Project, SlideContent, ValueElement};
use crate::i18n::{Lang, t};
use base64::Engine as _;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One problem found in a project.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Where: a field path such as `touchpoints[3].experiences[1].persona`.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
    /// The item the problem belongs to, for navigation.
    pub target: Target,
}

/// The kinds of things that can be wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A required text is empty.
    Empty,
    /// An id is not 1–64 letters, digits, `-`, `_` or `.`.
    MalformedId(String),
    /// An id is used by two items of the same kind.
    DuplicateId {
        /// The id.
        id: String,
        /// Path of the first item that has it.
        first: String,
    },
    /// A reference to an item that does not exist.
    Dangling {
        /// What kind of item.
        kind: RefKind,
        /// The missing id.
        id: String,
    },
    /// The same item is listed twice.
    Repeated(String),
    /// A number outside its allowed bounds.
    OutOfRange {
        /// The value.
        value: f64,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// A name holds a control character (a pasted soft line break, a tab, an escape), given
    /// as its code point.
    ControlCharacter(u32),
    /// A number is NaN or infinite.
    NotFinite,
    /// A list of counts has the wrong length.
    WrongCount {
        /// Needed.
        expected: usize,
        /// Found.
        found: usize,
    },
    /// A built-in avatar key that does not exist.
    UnknownAvatar(String),
    /// An embedded image that is not valid base64.
    BadImageData,
    /// More items than allowed.
    TooMany {
        /// Allowed.
        max: usize,
        /// Found.
        found: usize,
    },
    /// The low end of a range is above the high end.
    RangeInverted {
        /// Low end.
        low: f64,
        /// High end.
        high: f64,
    },
    /// An assumption value outside its plausible range.
    OutsideRange {
        /// The value.
        value: f64,
        /// Low end of the range.
        low: f64,
        /// High end of the range.
        high: f64,
    },
    /// More new customers than customers at the end of the period.
    NewExceedEnd {
        /// N.
        new: u64,
        /// E.
        end: u64,
    },
    /// More customers at the start than the business can serve.
    AboveCapacity {
        /// Customers at the start.
        customers: f64,
        /// The capacity.
        capacity: f64,
    },
    /// A merge found different changes here on both sides, still to be decided: the conflict
    /// in words, in English and Dutch.
    Unmerged {
        /// The conflict in English.
        en: String,
        /// The conflict in Dutch.
        nl: String,
    },
    /// More orders than carts.
    OrdersExceedCarts {
        /// Orders.
        orders: u64,
        /// Carts.
        carts: u64,
    },
}

/// Kinds of items that can be referred to by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    /// A persona.
    Persona,
    /// A stage.
    Stage,
    /// A touchpoint.
    Touchpoint,
    /// An initiative.
    Initiative,
    /// A scenario.
    Scenario,
}

/// The item a problem belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Project name and description.
    Meta,
    /// Model settings.
    Settings,
    /// A persona.
    Persona(Id),
    /// A stage.
    Stage(Id),
    /// A touchpoint.
    Touchpoint(Id),
    /// An initiative.
    Initiative(Id),
    /// A project assumption.
    Assumption(AssumptionKey),
    /// A scenario.
    Scenario(Id),
    /// A survey wave.
    Survey(Id),
    /// A slide.
    Slide(Id),
}

/// Most customers or prospects one persona's segment may hold (more than any market).
pub const MAX_SEGMENT_PEOPLE: u32 = 1_000_000_000;

/// Shortest readable form of a number: `0.73`, `-7`, `6`, `1e308`.
pub fn format_number(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else if value.is_finite() && value != 0.0 && !(1e-6..1e15).contains(&value.abs()) {
        // Very large or small: `1e308`, not a number of 309 digits.
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

impl RefKind {
    fn noun(self, lang: Lang) -> &'static str {
        match self {
            RefKind::Persona => t("persona", "persona"),
            RefKind::Stage => t("stage", "fase"),
            RefKind::Touchpoint => t("touchpoint", "touchpoint"),
            RefKind::Initiative => t("initiative", "initiatief"),
            RefKind::Scenario => t("scenario", "scenario"),
        }
        .get(lang)
    }
}

impl ProblemKind {
    /// The problem as a plain sentence, without the path.
    pub fn message(&self, lang: Lang) -> String {
        let n = format_number;
        match self {
            ProblemKind::Empty => t("must not be empty", "mag niet leeg zijn")
                .get(lang)
                .into(),
            ProblemKind::MalformedId(id) => t(
                "\"{id}\" is not a valid id: use 1–64 letters, digits, -, _ or .",
                "\"{id}\" is geen geldige id: gebruik 1–64 letters, cijfers, -, _ of .",
            )
            .fill(lang, &[("id", id)]),
            ProblemKind::DuplicateId { id, first } => t(
                "id \"{id}\" is already used by {first}",
                "id \"{id}\" wordt al gebruikt door {first}",
            )
            .fill(lang, &[("id", id), ("first", first)]),
            ProblemKind::Dangling { kind, id } => t(
                "no {kind} with id \"{id}\"",
                "geen {kind} met id \"{id}\"",
            )
            .fill(lang, &[("kind", &kind.noun(lang)), ("id", id)]),
            ProblemKind::Repeated(id) => t("\"{id}\" is listed twice", "\"{id}\" staat er twee keer in")
                .fill(lang, &[("id", id)]),
            ProblemKind::OutOfRange { value, min, max } => t(
                "{value} is outside {min}..{max}",
                "{value} ligt buiten {min}..{max}",
            )
            .fill(
                lang,
                &[("value", &n(*value)), ("min", &n(*min)), ("max", &n(*max))],
            ),
            ProblemKind::ControlCharacter(code) => t(
                "holds an invisible control character (U+{code}, e.g. a line break pasted from a slide program); retype the name without it",
                "bevat een onzichtbaar stuurteken (U+{code}, bijvoorbeeld een regeleinde geplakt uit een presentatieprogramma); typ de naam opnieuw zonder",
            )
            .fill(lang, &[("code", &format!("{code:04X}"))]),
            ProblemKind::NotFinite => t("is not a finite number", "is geen eindig getal")
                .get(lang)
                .into(),
            ProblemKind::WrongCount { expected, found } => t(
                "needs {expected} counts (one per scale point), has {found}",
                "moet {expected} aantallen hebben (één per schaalpunt), heeft er {found}",
            )
            .fill(lang, &[("expected", expected), ("found", found)]),
            ProblemKind::UnknownAvatar(key) => t(
                "no built-in avatar \"{key}\"",
                "geen ingebouwde avatar \"{key}\"",
            )
            .fill(lang, &[("key", key)]),
            ProblemKind::BadImageData => t(
                "the embedded picture is not valid base64",
                "de ingesloten afbeelding is geen geldige base64",
            )
            .get(lang)
            .into(),
            ProblemKind::TooMany { max, found } => t(
                "at most {max} allowed, found {found}",
                "hoogstens {max} toegestaan, er zijn er {found}",
            )
            .fill(lang, &[("max", max), ("found", found)]),
            ProblemKind::RangeInverted { low, high } => t(
                "low end {low} is above high end {high}",
                "ondergrens {low} ligt boven bovengrens {high}",
            )
            .fill(lang, &[("low", &n(*low)), ("high", &n(*high))]),
            ProblemKind::OutsideRange { value, low, high } => t(
                "{value} is outside its plausible range {low}–{high}",
                "{value} ligt buiten het plausibele bereik {low}–{high}",
            )
            .fill(
                lang,
                &[("value", &n(*value)), ("low", &n(*low)), ("high", &n(*high))],
            ),
            ProblemKind::NewExceedEnd { new, end } => t(
                "new customers (N = {new}) exceed customers at the end (E = {end})",
                "nieuwe klanten (N = {new}) zijn meer dan klanten aan het eind (E = {end})",
            )
            .fill(lang, &[("new", new), ("end", end)]),
            ProblemKind::AboveCapacity {
                customers,
                capacity,
            } => t(
                "starts with {customers} customers, more than the {capacity} that can be served: new customers \
                 come in only once fewer than {capacity} remain",
                "begint met {customers} klanten, meer dan de {capacity} die bediend kunnen worden: er komen pas \
                 nieuwe klanten bij als er minder dan {capacity} over zijn",
            )
            .fill(
                lang,
                &[("customers", &n(*customers)), ("capacity", &n(*capacity))],
            ),
            ProblemKind::Unmerged { en, nl } => t(
                "not merged yet: {conflict}; choose a version in the app (the Resolve panel opens with the file)",
                "nog niet samengevoegd: {conflict}; kies een versie in de app (het paneel Oplossen opent met het bestand)",
            )
            .fill(lang, &[("conflict", if lang == Lang::Nl { nl } else { en })]),
            ProblemKind::OrdersExceedCarts { orders, carts } => t(
                "more orders ({orders}) than carts ({carts})",
                "meer bestellingen ({orders}) dan winkelwagens ({carts})",
            )
            .fill(lang, &[("orders", orders), ("carts", carts)]),
        }
    }
}

impl Problem {
    /// `path: message` in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        format!("{}: {}", self.path, self.kind.message(lang))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Every problem in `project`, in file order.
pub fn validate(project: &Project) -> Vec<Problem> {
    let mut v = Validator::default();
    v.project(project);
    v.problems
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

/// Ids of one kind of item, for reference checks.
struct IdSet<'a>(HashMap<&'a str, usize>);

impl IdSet<'_> {
    fn has(&self, id: &Id) -> bool {
        self.0.contains_key(id.as_str())
    }
}

impl Validator {
    fn push(&mut self, path: String, kind: ProblemKind, target: &Target) {
        self.problems.push(Problem {
            path,
            kind,
            target: target.clone(),
        });
    }

    // The helpers take the path as a closure: it is only built when there is a problem, which
    // keeps validating a large project fast.

    fn name(&mut self, path: impl FnOnce() -> String, text: &str, target: &Target) {
        if text.trim().is_empty() {
            self.push(path(), ProblemKind::Empty, target);
        } else if let Some(c) = text.chars().find(|c| c.is_control()) {
            self.push(path(), ProblemKind::ControlCharacter(u32::from(c)), target);
        }
    }

    fn range(
        &mut self,
        path: impl FnOnce() -> String,
        value: f64,
        min: f64,
        max: f64,
        target: &Target,
    ) {
        if !value.is_finite() {
            self.push(path(), ProblemKind::NotFinite, target);
        } else if value < min || value > max {
            self.push(path(), ProblemKind::OutOfRange { value, min, max }, target);
        }
    }

    /// A capacity: a finite number of at least 0, and not below the `customers` at the start.
    fn capacity(
        &mut self,
        path: impl FnOnce() -> String,
        capacity: f64,
        customers: f64,
        target: &Target,
    ) {
        if !capacity.is_finite() || !(0.0..=1e12).contains(&capacity) {
            self.range(path, capacity, 0.0, 1e12, target);
        } else if customers > capacity {
            let kind = ProblemKind::AboveCapacity {
                customers,
                capacity,
            };
            self.push(path(), kind, target);
        }
    }

    fn reference(
        &mut self,
        path: impl FnOnce() -> String,
        id: &Id,
        set: &IdSet,
        kind: RefKind,
        target: &Target,
    ) {
        if !set.has(id) {
            let id = id.as_str().to_string();
            self.push(path(), ProblemKind::Dangling { kind, id }, target);
        }
    }

    /// Checks that each id is well formed and unique within `list`, and returns the id set.
    fn ids<'a, T>(
        &mut self,
        list_name: &str,
        list: &'a [T],
        id_of: impl Fn(&T) -> &Id,
        target_of: impl Fn(&T) -> Target,
    ) -> IdSet<'a> {
        let mut seen: HashMap<&'a str, usize> = HashMap::with_capacity(list.len());
        for (index, item) in list.iter().enumerate() {
            let id = id_of(item);
            let path = format!("{list_name}[{index}].id");
            if !id.is_well_formed() {
                let kind = ProblemKind::MalformedId(id.as_str().to_string());
                self.push(path.clone(), kind, &target_of(item));
            }
            if let Some(first) = seen.get(id.as_str()) {
                let kind = ProblemKind::DuplicateId {
                    id: id.as_str().to_string(),
                    first: format!("{list_name}[{first}]"),
                };
                self.push(path, kind, &target_of(item));
            } else {
                seen.insert(id.as_str(), index);
            }
        }
        IdSet(seen)
    }

    /// Reports ids that appear more than once in a list of references.
    fn no_repeats<'a>(&mut self, path: &str, ids: impl Iterator<Item = &'a Id>, target: &Target) {
        let mut seen: HashSet<&'a str> = HashSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id.as_str()) {
                let kind = ProblemKind::Repeated(id.as_str().to_string());
                self.push(format!("{path}[{index}]"), kind, target);
            }
        }
    }

    fn project(&mut self, p: &Project) {
        if !p.conflicts.is_empty() {
            let en = super::diff::Names::of(p, p, Lang::En);
            let nl = super::diff::Names::of(p, p, Lang::Nl);
            for (i, conflict) in p.conflicts.iter().enumerate() {
                let kind = ProblemKind::Unmerged {
                    en: en.conflict(conflict),
                    nl: nl.conflict(conflict),
                };
                let target = super::merge::path_target(&conflict.path);
                self.push(format!("conflicts[{i}]"), kind, &target);
            }
        }
        self.name(|| "meta.name".into(), &p.meta.name, &Target::Meta);
        let runs = p.settings.monte_carlo_runs;
        if runs == 0 || runs > MAX_MONTE_CARLO_RUNS {
            let kind = ProblemKind::OutOfRange {
                value: f64::from(runs),
                min: 1.0,
                max: f64::from(MAX_MONTE_CARLO_RUNS),
            };
            self.push("settings.monte_carlo_runs".into(), kind, &Target::Settings);
        }
        let settings = &p.settings;
        let customers: f64 = p.personas.iter().map(|x| x.segment.customers as f64).sum();
        if let Some(capacity) = settings.capacity {
            self.capacity(
                || "settings.capacity".into(),
                capacity,
                customers,
                &Target::Settings,
            );
        }
        if let Some(fixed) = settings.fixed_costs_per_period {
            let path = || "settings.fixed_costs_per_period".into();
            self.range(path, fixed, 0.0, 1e12, &Target::Settings);
        }
        if let crate::model::TodayBasis::Trend { growth_per_year } = settings.today {
            let path = || "settings.today.growth_per_year".into();
            use crate::model::scenario::{MAX_TREND_PER_YEAR, MIN_TREND_PER_YEAR};
            let (min, max) = (MIN_TREND_PER_YEAR, MAX_TREND_PER_YEAR);
            self.range(path, growth_per_year, min, max, &Target::Settings);
        }

        let personas = self.ids(
            "personas",
            &p.personas,
            |x| &x.id,
            |x| Target::Persona(x.id.clone()),
        );
        let stages = self.ids(
            "stages",
            &p.stages,
            |x| &x.id,
            |x| Target::Stage(x.id.clone()),
        );
        let touchpoints = self.ids(
            "touchpoints",
            &p.touchpoints,
            |x| &x.id,
            |x| Target::Touchpoint(x.id.clone()),
        );
        let initiatives = self.ids(
            "initiatives",
            &p.initiatives,
            |x| &x.id,
            |x| Target::Initiative(x.id.clone()),
        );
        let scenarios = self.ids(
            "scenarios",
            &p.scenarios,
            |x| &x.id,
            |x| Target::Scenario(x.id.clone()),
        );
        self.ids(
            "surveys",
            &p.surveys,
            |x| &x.id,
            |x| Target::Survey(x.id.clone()),
        );
        self.ids(
            "slides",
            &p.slides,
            |x| &x.id,
            |x| Target::Slide(x.id.clone()),
        );

        self.personas(p);
        for (i, stage) in p.stages.iter().enumerate() {
            let target = Target::Stage(stage.id.clone());
            self.name(|| format!("stages[{i}].name"), &stage.name, &target);
        }
        self.touchpoints(p, &stages, &personas);
        self.initiatives(p, &touchpoints, &personas);
        self.assumptions(p);
        self.scenarios(p, &initiatives);
        self.surveys(p, &personas);
        self.slides(p, &personas, &scenarios);
    }

    fn personas(&mut self, p: &Project) {
        for (i, persona) in p.personas.iter().enumerate() {
            let target = Target::Persona(persona.id.clone());
            let at = |field: &str| format!("personas[{i}].{field}");
            self.name(|| at("name"), &persona.name, &target);
            match &persona.avatar {
                Avatar::None => {}
                Avatar::Builtin(key) => {
                    if catalog::builtin_avatar(key).is_none() {
                        self.push(
                            at("avatar"),
                            ProblemKind::UnknownAvatar(key.clone()),
                            &target,
                        );
                    }
                }
                Avatar::Image(image) => {
                    let engine = base64::engine::general_purpose::STANDARD;
                    if engine.decode(image.data_base64.as_bytes()).is_err() {
                        self.push(at("avatar"), ProblemKind::BadImageData, &target);
                    }
                }
            }
            if let Some(year) = persona.birth_year {
                self.range(
                    || at("birth_year"),
                    f64::from(year),
                    1900.0,
                    2100.0,
                    &target,
                );
            }
            for need in Need::ALL {
                let weight = f64::from(persona.needs.get(need));
                let path = || at(&format!("needs.{}", need.field()));
                self.range(path, weight, 0.0, f64::from(MAX_NEED_WEIGHT), &target);
            }
            let segment = &persona.segment;
            for (field, people) in [
                ("segment.customers", segment.customers),
                ("segment.prospects", segment.prospects),
            ] {
                let max = f64::from(MAX_SEGMENT_PEOPLE);
                self.range(|| at(field), people as f64, 0.0, max, &target);
            }
            self.range(
                || at("segment.active_loyal_share"),
                segment.active_loyal_share,
                0.0,
                1.0,
                &target,
            );
            self.range(
                || at("segment.spend_per_period"),
                segment.spend_per_period,
                0.0,
                1e12,
                &target,
            );
            if let Some(capacity) = persona.capacity {
                let customers = segment.customers as f64;
                self.capacity(|| at("capacity"), capacity, customers, &target);
            }
            for c in FourCDimension::ALL {
                let score = persona.four_c.get(c);
                let base = c.field();
                self.range(
                    || at(&format!("four_c.{base}.ours")),
                    score.ours,
                    0.0,
                    MAX_ASSESSMENT_SCORE,
                    &target,
                );
                self.range(
                    || at(&format!("four_c.{base}.competitor")),
                    score.competitor,
                    0.0,
                    MAX_ASSESSMENT_SCORE,
                    &target,
                );
            }
            for element in ValueElement::ALL {
                let score = persona.value.get(element).score;
                let path = || at(&format!("value.{}.score", element.field()));
                self.range(path, score, 0.0, MAX_ASSESSMENT_SCORE, &target);
            }
        }
    }

    fn touchpoints(&mut self, p: &Project, stages: &IdSet, personas: &IdSet) {
        for (i, tp) in p.touchpoints.iter().enumerate() {
            let target = Target::Touchpoint(tp.id.clone());
            self.name(|| format!("touchpoints[{i}].name"), &tp.name, &target);
            self.reference(
                || format!("touchpoints[{i}].stage"),
                &tp.stage,
                stages,
                RefKind::Stage,
                &target,
            );
            for (j, e) in tp.experiences.iter().enumerate() {
                let at = |field: &str| format!("touchpoints[{i}].experiences[{j}].{field}");
                self.reference(
                    || at("persona"),
                    &e.persona,
                    personas,
                    RefKind::Persona,
                    &target,
                );
                self.range(|| at("score"), e.score, MIN_SCORE, MAX_SCORE, &target);
                self.range(|| at("effort"), e.effort, MIN_EFFORT, MAX_EFFORT, &target);
                self.range(|| at("reach"), e.reach, 0.0, 1.0, &target);
            }
            let path = format!("touchpoints[{i}].experiences");
            self.no_repeats(&path, tp.experiences.iter().map(|e| &e.persona), &target);
        }
    }

    fn initiatives(&mut self, p: &Project, touchpoints: &IdSet, personas: &IdSet) {
        for (i, initiative) in p.initiatives.iter().enumerate() {
            let target = Target::Initiative(initiative.id.clone());
            let at = |field: &str| format!("initiatives[{i}].{field}");
            self.name(|| at("name"), &initiative.name, &target);
            self.range(
                || at("one_off_cost"),
                initiative.one_off_cost,
                0.0,
                1e12,
                &target,
            );
            self.range(
                || at("cost_per_period"),
                initiative.cost_per_period,
                0.0,
                1e12,
                &target,
            );
            let max = f64::from(MAX_START_OR_RAMP);
            let start = f64::from(initiative.start_period);
            self.range(|| at("start_period"), start, 0.0, max, &target);
            let ramp = f64::from(initiative.ramp_periods);
            self.range(|| at("ramp_periods"), ramp, 0.0, max, &target);
            for (j, effect) in initiative.effects.iter().enumerate() {
                let at = |field: &str| format!("initiatives[{i}].effects[{j}].{field}");
                self.reference(
                    || at("touchpoint"),
                    &effect.touchpoint,
                    touchpoints,
                    RefKind::Touchpoint,
                    &target,
                );
                for (k, persona) in effect.personas.iter().enumerate() {
                    let path = || at(&format!("personas[{k}]"));
                    self.reference(path, persona, personas, RefKind::Persona, &target);
                }
                self.no_repeats(&at("personas"), effect.personas.iter(), &target);
                let span = MAX_SCORE - MIN_SCORE;
                self.range(
                    || at("score_change"),
                    effect.score_change,
                    -span,
                    span,
                    &target,
                );
                let span = MAX_EFFORT - MIN_EFFORT;
                self.range(
                    || at("effort_change"),
                    effect.effort_change,
                    -span,
                    span,
                    &target,
                );
            }
        }
    }

    fn assumptions(&mut self, p: &Project) {
        let mut seen = Vec::new();
        for (i, a) in p.assumptions.iter().enumerate() {
            let target = Target::Assumption(a.key);
            let at = |field: &str| format!("assumptions[{i}].{field}");
            if seen.contains(&a.key) {
                self.push(
                    at("key"),
                    ProblemKind::Repeated(format!("{:?}", a.key)),
                    &target,
                );
            }
            seen.push(a.key);
            let (min, max) = catalog::assumption_info(a.key).bounds;
            let before = self.problems.len();
            self.range(|| at("low"), a.low, min, max, &target);
            self.range(|| at("high"), a.high, min, max, &target);
            self.range(|| at("value"), a.value, min, max, &target);
            if self.problems.len() > before {
                continue;
            }
            if a.low > a.high {
                let kind = ProblemKind::RangeInverted {
                    low: a.low,
                    high: a.high,
                };
                self.push(at("low"), kind, &target);
            } else if a.value < a.low || a.value > a.high {
                let kind = ProblemKind::OutsideRange {
                    value: a.value,
                    low: a.low,
                    high: a.high,
                };
                self.push(at("value"), kind, &target);
            }
        }
    }

    fn scenarios(&mut self, p: &Project, initiatives: &IdSet) {
        for (i, scenario) in p.scenarios.iter().enumerate() {
            let target = Target::Scenario(scenario.id.clone());
            let at = |field: &str| format!("scenarios[{i}].{field}");
            self.name(|| at("name"), &scenario.name, &target);
            for (j, id) in scenario.initiatives.iter().enumerate() {
                let path = || at(&format!("initiatives[{j}]"));
                self.reference(path, id, initiatives, RefKind::Initiative, &target);
            }
            self.no_repeats(&at("initiatives"), scenario.initiatives.iter(), &target);
            let horizon = f64::from(scenario.horizon_periods);
            self.range(
                || at("horizon_periods"),
                horizon,
                1.0,
                f64::from(MAX_HORIZON_PERIODS),
                &target,
            );
            let mut seen = Vec::new();
            for (j, o) in scenario.overrides.iter().enumerate() {
                if seen.contains(&o.key) {
                    let kind = ProblemKind::Repeated(format!("{:?}", o.key));
                    self.push(at(&format!("overrides[{j}].key")), kind, &target);
                }
                seen.push(o.key);
                let (min, max) = catalog::assumption_info(o.key).bounds;
                let path = || at(&format!("overrides[{j}].value"));
                self.range(path, o.value, min, max, &target);
            }
        }
    }

    fn surveys(&mut self, p: &Project, personas: &IdSet) {
        for (i, wave) in p.surveys.iter().enumerate() {
            let target = Target::Survey(wave.id.clone());
            let at = |field: &str| format!("surveys[{i}].{field}");
            self.name(|| at("label"), &wave.label, &target);
            if let Some(persona) = &wave.persona {
                self.reference(
                    || at("persona"),
                    persona,
                    personas,
                    RefKind::Persona,
                    &target,
                );
            }
            for (field, counts, expected) in [
                ("ces_responses", &wave.ces_responses, CES_POINTS),
                ("csat_responses", &wave.csat_responses, CSAT_POINTS),
            ] {
                if !counts.is_empty() && counts.len() != expected {
                    let kind = ProblemKind::WrongCount {
                        expected,
                        found: counts.len(),
                    };
                    self.push(at(field), kind, &target);
                }
            }
            if let Some(r) = &wave.retention
                && r.new_customers > r.customers_end
            {
                let kind = ProblemKind::NewExceedEnd {
                    new: r.new_customers,
                    end: r.customers_end,
                };
                self.push(at("retention.new_customers"), kind, &target);
            }
            if let Some(c) = &wave.carts
                && c.orders > c.carts
            {
                let kind = ProblemKind::OrdersExceedCarts {
                    orders: c.orders,
                    carts: c.carts,
                };
                self.push(at("carts.orders"), kind, &target);
            }
        }
    }

    fn slides(&mut self, p: &Project, personas: &IdSet, scenarios: &IdSet) {
        for (i, slide) in p.slides.iter().enumerate() {
            let target = Target::Slide(slide.id.clone());
            let at = |field: &str| format!("slides[{i}].{field}");
            self.name(|| at("title"), &slide.title, &target);
            match &slide.content {
                SlideContent::PersonaCard(id) => {
                    self.reference(|| at("content"), id, personas, RefKind::Persona, &target);
                }
                SlideContent::Plot(spec) => {
                    if let Some(id) = &spec.scenario {
                        self.reference(
                            || at("content.scenario"),
                            id,
                            scenarios,
                            RefKind::Scenario,
                            &target,
                        );
                    }
                    if let Some(id) = &spec.persona {
                        self.reference(
                            || at("content.persona"),
                            id,
                            personas,
                            RefKind::Persona,
                            &target,
                        );
                    }
                    for (k, id) in spec.personas.iter().enumerate() {
                        self.reference(
                            || at(&format!("content.personas[{k}]")),
                            id,
                            personas,
                            RefKind::Persona,
                            &target,
                        );
                    }
                }
                SlideContent::Title(_) | SlideContent::JourneyMap => {}
            }
            if slide.sliders.len() > MAX_SLIDERS_PER_SLIDE {
                let kind = ProblemKind::TooMany {
                    max: MAX_SLIDERS_PER_SLIDE,
                    found: slide.sliders.len(),
                };
                self.push(at("sliders"), kind, &target);
            }
        }
    }
}
