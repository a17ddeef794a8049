//! What changed between two versions of a project, in the project's own words: "Persona
//! “Margaret Ellison” renamed “Margaret Ellis-Hart”", "Check-in · Claire Donnelly: experience
//! −2 → +1". Items are matched by their stable ids, as [`super::merge`] matches them.

use super::merge::{self, keyed};
use super::{Project, catalog};
use crate::i18n::{Lang, Text, t};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// What happened at a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// Something new.
    Added,
    /// Something gone.
    Removed,
    /// A value changed.
    Changed,
    /// The same items in another order.
    Reordered,
}

/// One change between two versions.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What happened.
    pub kind: ChangeKind,
    /// Where: field names and, inside lists, item keys (as in a merge conflict).
    pub path: Vec<String>,
    /// The value before (`None` when added).
    pub old: Option<Value>,
    /// The value after (`None` when removed).
    pub new: Option<Value>,
}

/// Every change from `old` to `new`, in the new version's order.
pub fn changes(old: &Project, new: &Project) -> Vec<Change> {
    let (Ok(a), Ok(b)) = (merge::tree_of(old), merge::tree_of(new)) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    walk(&mut Vec::new(), &a, &b, &mut found);
    // Conflicts a merge recorded, and those resolved since.
    let place = |c: &merge::Conflict| {
        let mut path = vec!["conflicts".to_string()];
        path.extend(c.path.iter().cloned());
        path
    };
    for c in new.conflicts.iter().filter(|c| !old.conflicts.contains(c)) {
        found.push(Change {
            kind: ChangeKind::Added,
            path: place(c),
            old: None,
            new: serde_json::to_value(c).ok(),
        });
    }
    for c in old.conflicts.iter().filter(|c| !new.conflicts.contains(c)) {
        found.push(Change {
            kind: ChangeKind::Removed,
            path: place(c),
            old: serde_json::to_value(c).ok(),
            new: None,
        });
    }
    found
}

fn walk(path: &mut Vec<String>, old: &Value, new: &Value, found: &mut Vec<Change>) {
    if old == new {
        return;
    }
    let changed = |found: &mut Vec<Change>, path: &[String]| {
        found.push(Change {
            kind: ChangeKind::Changed,
            path: path.to_vec(),
            old: Some(old.clone()),
            new: Some(new.clone()),
        })
    };
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            if a.len() == 1 && b.len() == 1 && a.keys().ne(b.keys()) {
                return changed(found, path);
            }
            let mut names: Vec<&String> = b.keys().collect();
            names.extend(a.keys().filter(|k| !b.contains_key(*k)));
            for name in names {
                path.push(name.clone());
                match (a.get(name), b.get(name)) {
                    (Some(x), Some(y)) => walk(path, x, y, found),
                    (x, y) => found.push(Change {
                        kind: ChangeKind::Changed,
                        path: path.clone(),
                        old: x.cloned(),
                        new: y.cloned(),
                    }),
                }
                path.pop();
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            let field = path.last().cloned().unwrap_or_default();
            match (keyed(&field, a), keyed(&field, b)) {
                (Some(ka), Some(kb)) if !(ka.is_empty() && kb.is_empty()) => {
                    walk_items(path, &ka, &kb, found)
                }
                _ => changed(found, path),
            }
        }
        _ => changed(found, path),
    }
}

fn walk_items(
    path: &mut Vec<String>,
    old: &[(String, &Value)],
    new: &[(String, &Value)],
    found: &mut Vec<Change>,
) {
    let before: HashMap<&str, &Value> = old.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let after: HashSet<&str> = new.iter().map(|(k, _)| k.as_str()).collect();
    let kept_old = old
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| after.contains(k));
    let kept_new = new
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| before.contains_key(k));
    if kept_old.ne(kept_new) {
        found.push(Change {
            kind: ChangeKind::Reordered,
            path: path.clone(),
            old: None,
            new: None,
        });
    }
    for (key, value) in new {
        path.push(key.clone());
        match before.get(key.as_str()) {
            Some(was) => walk(path, was, value, found),
            None => found.push(Change {
                kind: ChangeKind::Added,
                path: path.clone(),
                old: None,
                new: Some((*value).clone()),
            }),
        }
        path.pop();
    }
    for (key, value) in old {
        if !after.contains(key.as_str()) {
            path.push(key.clone());
            found.push(Change {
                kind: ChangeKind::Removed,
                path: path.clone(),
                old: Some((*value).clone()),
                new: None,
            });
            path.pop();
        }
    }
}

/// The part of the app a change belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// Name, organisation, description.
    Overview,
    /// Personas.
    Personas,
    /// Stages and touchpoints.
    Journey,
    /// A persona's 4C.
    FourC,
    /// A persona's value elements.
    Value,
    /// Survey waves.
    Metrics,
    /// Initiatives.
    Initiatives,
    /// Scenarios, assumptions and model settings.
    Scenarios,
    /// The deck.
    Slides,
    /// Conflicts recorded by a merge.
    Other,
}

impl Area {
    /// The workspace's name (as the app's navigation shows it).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Area::Overview => t("Overview", "Overzicht"),
            Area::Personas => t("Personas", "Persona's"),
            Area::Journey => t("Journey", "Klantreis"),
            Area::FourC => t("4C", "4C"),
            Area::Value => t("Value", "Waarde"),
            Area::Metrics => t("Metrics", "Metingen"),
            Area::Initiatives => t("Initiatives", "Initiatieven"),
            Area::Scenarios => t("Scenarios", "Scenario's"),
            Area::Slides => t("Slides", "Slides"),
            Area::Other => t("Other", "Overig"),
        }
        .get(lang)
    }

    /// The area of the place `path`.
    pub fn of(path: &[String]) -> Area {
        let first = path.first().map(String::as_str).unwrap_or_default();
        match first {
            "meta" | "conflicts" => Area::Overview,
            "personas" => match path.get(2).map(String::as_str) {
                Some("four_c") => Area::FourC,
                Some("value") => Area::Value,
                _ => Area::Personas,
            },
            "stages" | "touchpoints" => Area::Journey,
            "initiatives" => Area::Initiatives,
            "scenarios" | "assumptions" | "settings" => Area::Scenarios,
            "surveys" => Area::Metrics,
            "slides" => Area::Slides,
            _ => Area::Other,
        }
    }
}

/// Names of things in both versions of a project, to describe places in words.
pub struct Names {
    /// (list, id) → name, from the new version and then the old one.
    names: HashMap<(&'static str, String), String>,
    lang: Lang,
    /// Changed values as "from −2 to +1" (the app's fonts have no arrow) rather than
    /// "−2 → +1" (a terminal).
    on_screen: bool,
}

impl Names {
    /// Names from `old` and `new` (a place is named from the new version, else the old), in
    /// the language `lang`.
    pub fn of(old: &Project, new: &Project, lang: Lang) -> Names {
        let mut names = HashMap::new();
        for project in [old, new] {
            let mut add = |list: &'static str, id: &super::Id, name: &str| {
                if !name.trim().is_empty() {
                    names.insert((list, id.to_string()), name.to_string());
                }
            };
            project
                .personas
                .iter()
                .for_each(|x| add("personas", &x.id, &x.name));
            project
                .stages
                .iter()
                .for_each(|x| add("stages", &x.id, &x.name));
            project
                .touchpoints
                .iter()
                .for_each(|x| add("touchpoints", &x.id, &x.name));
            project
                .initiatives
                .iter()
                .for_each(|x| add("initiatives", &x.id, &x.name));
            project
                .scenarios
                .iter()
                .for_each(|x| add("scenarios", &x.id, &x.name));
            project
                .surveys
                .iter()
                .for_each(|x| add("surveys", &x.id, &x.label));
            project
                .slides
                .iter()
                .for_each(|x| add("slides", &x.id, &x.title));
        }
        Names {
            names,
            lang,
            on_screen: false,
        }
    }

    /// The same names, writing changed values in words ("from −2 to +1") for the app's
    /// fonts, which have no arrow.
    pub fn on_screen(mut self) -> Self {
        self.on_screen = true;
        self
    }

    /// The name of the item `id` of the list `list` (a persona's name, a slide's title).
    pub fn item(&self, list: &str, id: &str) -> String {
        if list == "assumptions"
            && let Ok(key) =
                serde_json::from_value::<super::AssumptionKey>(Value::String(id.to_string()))
        {
            return catalog::assumption_info(key)
                .label
                .get(self.lang)
                .to_string();
        }
        let list: &'static str = match list {
            "personas" => "personas",
            "stages" => "stages",
            "touchpoints" => "touchpoints",
            "initiatives" => "initiatives",
            "scenarios" => "scenarios",
            "surveys" => "surveys",
            "slides" => "slides",
            _ => return id.to_string(),
        };
        self.names
            .get(&(list, id.to_string()))
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// "Persona “Margaret Ellison”", "Touchpoint “Check-in”" for the item at the start of a
    /// path.
    pub fn thing(&self, list: &str, id: &str) -> String {
        let noun = noun(list);
        format!("{} “{}”", noun.get(self.lang), self.item(list, id))
    }

    /// The place `path` in words: "Check-in · Claire Donnelly", "Persona “Anna”: needs · price".
    pub fn place(&self, path: &[String]) -> String {
        let lang = self.lang;
        match path {
            [] => String::new(),
            [meta] if meta == "meta" => t("Project", "Project").get(lang).to_string(),
            [first, rest @ ..] if first == "meta" || first == "settings" => {
                let head = if first == "meta" {
                    t("Project", "Project")
                } else {
                    t("Model settings", "Modelinstellingen")
                };
                with_fields(head.get(lang).to_string(), rest, lang)
            }
            [list] => list_label(list, lang).to_string(),
            [list, id, rest @ ..] => {
                // A persona's score on a touchpoint, an effect, an override: named by both.
                if let [field, key, tail @ ..] = rest
                    && matches!(field.as_str(), "experiences" | "effects" | "overrides")
                {
                    let (inner_list, inner_key) = match field.as_str() {
                        "experiences" => ("personas", key.as_str()),
                        "effects" => ("touchpoints", key.split('#').next().unwrap_or(key)),
                        _ => ("assumptions", key.as_str()),
                    };
                    let head = if list == "touchpoints" {
                        format!(
                            "{} · {}",
                            self.item(list, id),
                            self.item(inner_list, inner_key)
                        )
                    } else {
                        format!(
                            "{}, {}",
                            self.thing(list, id),
                            self.thing(inner_list, inner_key)
                        )
                    };
                    return with_fields(head, tail, lang);
                }
                with_fields(self.thing(list, id), rest, lang)
            }
        }
    }

    /// A value in words: names for ids, labels for choices, signs for scores.
    pub fn value(&self, field: &str, value: &Value) -> String {
        let lang = self.lang;
        match value {
            Value::Null => t("none", "geen").get(lang).to_string(),
            Value::Bool(yes) => if *yes { t("yes", "ja") } else { t("no", "nee") }
                .get(lang)
                .to_string(),
            Value::Number(n) => {
                let x = n.as_f64().unwrap_or_default();
                match field {
                    "score" | "score_change" | "effort_change" => signed(x),
                    "reach" => format!("{} %", super::validate::format_number(x * 100.0)),
                    _ => super::validate::format_number(x),
                }
            }
            Value::String(s) => {
                if let Some(label) = choice_label(field, value, lang) {
                    return label;
                }
                let list = match field {
                    "stage" => Some("stages"),
                    "persona" | "personas" => Some("personas"),
                    "touchpoint" => Some("touchpoints"),
                    "initiatives" => Some("initiatives"),
                    _ => None,
                };
                match list {
                    Some(list) => self.item(list, s),
                    None => format!("“{s}”"),
                }
            }
            Value::Array(items) if items.is_empty() => if field == "personas" {
                t("all personas", "alle persona's")
            } else {
                t("none", "geen")
            }
            .get(lang)
            .to_string(),
            Value::Array(items) => items
                .iter()
                .map(|item| self.value(field, item))
                .collect::<Vec<_>>()
                .join(", "),
            Value::Object(map) => match map.iter().next() {
                Some((variant, _)) if map.len() == 1 => variant_words(variant),
                // A whole item is known by its name.
                _ if ["name", "title", "label"]
                    .iter()
                    .any(|f| map.contains_key(*f)) =>
                {
                    let name = ["name", "title", "label"]
                        .iter()
                        .find_map(|f| map.get(*f)?.as_str())
                        .unwrap_or_default();
                    format!("“{name}”")
                }
                _ => t("(several values)", "(meerdere waarden)")
                    .get(lang)
                    .to_string(),
            },
        }
    }

    /// One change as a sentence.
    pub fn sentence(&self, change: &Change) -> String {
        let lang = self.lang;
        let path = &change.path;
        let field = value_field(path);
        let item_level = is_item(path);
        if path.first().is_some_and(|p| p == "conflicts") {
            let recorded = change.new.as_ref().or(change.old.as_ref());
            let conflict = recorded.and_then(|v| serde_json::from_value(v.clone()).ok());
            let words = conflict.map(|c| self.conflict(&c)).unwrap_or_default();
            return if change.new.is_some() {
                t("To resolve: {conflict}", "Op te lossen: {conflict}")
            } else {
                t("Resolved: {conflict}", "Opgelost: {conflict}")
            }
            .fill(lang, &[("conflict", &words)]);
        }
        match change.kind {
            ChangeKind::Reordered => t("{place}: new order", "{place}: nieuwe volgorde")
                .fill(lang, &[("place", &self.place(path))]),
            ChangeKind::Added if item_level => self.added_or_removed(path, true),
            ChangeKind::Removed if item_level => self.added_or_removed(path, false),
            ChangeKind::Added | ChangeKind::Removed | ChangeKind::Changed => {
                let old = change.old.as_ref();
                let new = change.new.as_ref();
                let parent = &path[..path.len().saturating_sub(1)];
                if is_item(parent)
                    && matches!(field, "name" | "title" | "label")
                    && let (Some(Value::String(a)), Some(Value::String(b))) = (old, new)
                {
                    let noun = noun(&parent[parent.len() - 2]).get(lang);
                    return t(
                        "{noun} “{old}” renamed “{new}”",
                        "{noun} “{old}” hernoemd tot “{new}”",
                    )
                    .fill(lang, &[("noun", &noun), ("old", a), ("new", b)]);
                }
                if path.len() == 3 && path[0] == "touchpoints" && field == "stage" {
                    let (a, b) = (
                        old.cloned().unwrap_or_default(),
                        new.cloned().unwrap_or_default(),
                    );
                    return t(
                        "{thing} moved from {old} to {new}",
                        "{thing} verplaatst van {old} naar {new}",
                    )
                    .fill(
                        lang,
                        &[
                            ("thing", &self.thing("touchpoints", &path[1])),
                            ("old", &self.value("stage", &a)),
                            ("new", &self.value("stage", &b)),
                        ],
                    );
                }
                let place = self.place(path);
                if let (Some(Value::Array(a)), Some(Value::Array(b))) = (old, new)
                    && a.iter().chain(b).all(Value::is_string)
                {
                    return self.set_sentence(&place, field, a, b);
                }
                let long = |v: Option<&Value>| {
                    v.is_some_and(|v| match v {
                        Value::String(s) => s.chars().count() > 60 || s.contains('\n'),
                        Value::Object(_) | Value::Array(_) => true,
                        _ => false,
                    })
                };
                if long(old) || long(new) {
                    return t("{place} changed", "{place} gewijzigd")
                        .fill(lang, &[("place", &place)]);
                }
                let show = |v: Option<&Value>| match v {
                    Some(v) => self.value(field, v),
                    None => t("none", "geen").get(lang).to_string(),
                };
                let text = if self.on_screen {
                    t(
                        "{place} from {old} to {new}",
                        "{place} van {old} naar {new}",
                    )
                } else {
                    t("{place} {old} → {new}", "{place} {old} → {new}")
                };
                text.fill(
                    lang,
                    &[("place", &place), ("old", &show(old)), ("new", &show(new))],
                )
            }
        }
    }

    /// One conflict in words: where, and base, ours and theirs.
    pub fn conflict(&self, conflict: &merge::Conflict) -> String {
        let (names, lang) = (self, self.lang);
        let place = names.place(&conflict.path);
        if !conflict.problem.is_empty() {
            return t(
                "{place}: {problem} (after merging)",
                "{place}: {problem} (na het samenvoegen)",
            )
            .fill(lang, &[("place", &place), ("problem", &conflict.problem)]);
        }
        let field = conflict.path.last().map(String::as_str).unwrap_or_default();
        let show = |v: &Option<Value>, never: bool| match v {
            None if never => t("(not there)", "(er niet)").get(lang).to_string(),
            None => t("(deleted)", "(verwijderd)").get(lang).to_string(),
            Some(v @ (Value::Object(_) | Value::Array(_))) => {
                let words = names.value(field, v);
                if words.chars().count() > 60 {
                    t("(changed)", "(gewijzigd)").get(lang).to_string()
                } else {
                    words
                }
            }
            Some(v) => shortened(&names.value(field, v), 60),
        };
        t(
            "{place} changed on both sides: was {base}, here {ours}, there {theirs}",
            "{place} aan beide kanten gewijzigd: was {base}, hier {ours}, daar {theirs}",
        )
        .fill(
            lang,
            &[
                ("place", &place),
                ("base", &show(&conflict.base, true)),
                ("ours", &show(&conflict.ours, false)),
                ("theirs", &show(&conflict.theirs, false)),
            ],
        )
    }

    fn added_or_removed(&self, path: &[String], added: bool) -> String {
        let lang = self.lang;
        let verb = if added {
            t("{thing} added", "{thing} toegevoegd")
        } else {
            t("{thing} removed", "{thing} verwijderd")
        };
        if path.len() == 2 {
            return verb.fill(lang, &[("thing", &self.thing(&path[0], &path[1]))]);
        }
        let field = path[path.len() - 2].as_str();
        if path[0] == "touchpoints" && field == "experiences" {
            let text = if added {
                t(
                    "{touchpoint}: {persona} now scored",
                    "{touchpoint}: {persona} nu gescoord",
                )
            } else {
                t(
                    "{touchpoint}: {persona} no longer scored",
                    "{touchpoint}: {persona} niet meer gescoord",
                )
            };
            return text.fill(
                lang,
                &[
                    ("touchpoint", &self.thing("touchpoints", &path[1])),
                    ("persona", &self.item("personas", &path[3])),
                ],
            );
        }
        verb.fill(lang, &[("thing", &self.place(path))])
    }

    fn set_sentence(&self, place: &str, field: &str, old: &[Value], new: &[Value]) -> String {
        let lang = self.lang;
        let added: Vec<String> = new
            .iter()
            .filter(|v| !old.contains(v))
            .map(|v| self.value(field, v))
            .collect();
        let removed: Vec<String> = old
            .iter()
            .filter(|v| !new.contains(v))
            .map(|v| self.value(field, v))
            .collect();
        let mut parts = Vec::new();
        if !added.is_empty() {
            parts.push(
                t("added {items}", "{items} toegevoegd")
                    .fill(lang, &[("items", &added.join(", "))]),
            );
        }
        if !removed.is_empty() {
            parts.push(
                t("removed {items}", "{items} weggehaald")
                    .fill(lang, &[("items", &removed.join(", "))]),
            );
        }
        if parts.is_empty() {
            parts.push(t("new order", "nieuwe volgorde").get(lang).to_string());
        }
        format!("{place}: {}", parts.join("; "))
    }
}

/// The field that says how to show the value at `path`: a value element's score is a plain
/// number, a touchpoint's score a signed one.
fn value_field(path: &[String]) -> &str {
    let field = path.last().map(String::as_str).unwrap_or_default();
    let in_value = path.len() >= 3 && path[path.len() - 3] == "value";
    if field == "score" && in_value {
        "plain"
    } else {
        field
    }
}

/// Whether `path` names a whole item of a list (`["personas", "p-anna"]`, or a persona's score
/// on a touchpoint).
fn is_item(path: &[String]) -> bool {
    match path.len() {
        2 => !matches!(path[0].as_str(), "meta" | "settings"),
        4 => matches!(path[2].as_str(), "experiences" | "effects" | "overrides"),
        _ => false,
    }
}

/// `words` cut to at most `max` characters, the cut marked.
pub fn shortened(words: &str, max: usize) -> String {
    if words.chars().count() <= max {
        return words.to_string();
    }
    let kept: String = words.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// What an item of the list `list` is called: "Persona", "Touchpoint".
fn noun(list: &str) -> Text {
    match list {
        "personas" => t("Persona", "Persona"),
        "stages" => t("Stage", "Fase"),
        "touchpoints" => t("Touchpoint", "Touchpoint"),
        "initiatives" => t("Initiative", "Initiatief"),
        "scenarios" => t("Scenario", "Scenario"),
        "surveys" => t("Survey wave", "Meting"),
        "slides" => t("Slide", "Slide"),
        "assumptions" => t("Assumption", "Aanname"),
        _ => t("Item", "Onderdeel"),
    }
}

fn list_label(list: &str, lang: Lang) -> &'static str {
    match list {
        "personas" => t("Personas", "Persona's"),
        "stages" => t("Stages", "Fases"),
        "touchpoints" => t("Touchpoints", "Touchpoints"),
        "initiatives" => t("Initiatives", "Initiatieven"),
        "scenarios" => t("Scenarios", "Scenario's"),
        "surveys" => t("Survey waves", "Metingen"),
        "slides" => t("Slides", "Slides"),
        "assumptions" => t("Assumptions", "Aannames"),
        "conflicts" => t("Merge conflicts", "Samenvoegconflicten"),
        _ => t("Project", "Project"),
    }
    .get(lang)
}

/// "Persona “Anna”: needs · price" — the fields after an item, in words.
fn with_fields(head: String, fields: &[String], lang: Lang) -> String {
    if fields.is_empty() {
        return head;
    }
    let words: Vec<String> = fields.iter().map(|f| field_label(f, lang)).collect();
    format!("{head}: {}", words.join(" · "))
}

/// Labels of the fields people see; others are written out from their names.
fn field_label(field: &str, lang: Lang) -> String {
    let known: Option<Text> = Some(match field {
        "name" => t("name", "naam"),
        "title" => t("title", "titel"),
        "label" => t("label", "naam"),
        "description" => t("description", "beschrijving"),
        "tagline" => t("tagline", "ondertitel"),
        "quote" => t("quote", "citaat"),
        "bio" => t("biography", "biografie"),
        "birth_year" => t("birth year", "geboortejaar"),
        "goals" => t("goals", "doelen"),
        "frustrations" => t("frustrations", "frustraties"),
        "preferred_channels" => t("preferred channels", "voorkeurskanalen"),
        "needs" => t("needs", "behoeften"),
        "loyalty" => t("loyalty", "loyaliteit"),
        "segment" => t("segment", "segment"),
        "customers" => t("customers", "klanten"),
        "capacity" => t("capacity", "capaciteit"),
        "four_c" => t("4C", "4C"),
        "value" => t("value", "waarde"),
        "ours" => t("ours", "wij"),
        "competitor" => t("competitor", "concurrent"),
        "note" => t("note", "toelichting"),
        "notes" => t("speaker notes", "sprekersnotities"),
        "stage" => t("stage", "fase"),
        "channel" => t("channel", "kanaal"),
        "ownership" => t("ownership", "eigenaarschap"),
        "elements" => t("experiential elements", "belevingselementen"),
        "pain_points" => t("pain points", "pijnpunten"),
        "opportunities" => t("opportunities", "kansen"),
        "moment_of_truth" => t("moment of truth", "moment van de waarheid"),
        "score" => t("experience", "beleving"),
        "effort" => t("effort", "moeite"),
        "reach" => t("reach", "bereik"),
        "kind" => t("kind", "soort"),
        "one_off_cost" => t("one-off cost", "eenmalige kosten"),
        "cost_per_period" => t("cost per period", "kosten per periode"),
        "score_change" => t("experience change", "verandering van de beleving"),
        "effort_change" => t("effort change", "verandering van de moeite"),
        "initiatives" => t("initiatives", "initiatieven"),
        "horizon_periods" => t("horizon", "horizon"),
        "overrides" => t("assumptions of its own", "eigen aannames"),
        "content" => t("content", "inhoud"),
        "sliders" => t("sliders", "schuifregelaars"),
        "source" => t("source", "bron"),
        "low" => t("low", "laag"),
        "high" => t("high", "hoog"),
        "organisation" => t("organisation", "organisatie"),
        "main_competitor" => t("main competitor", "belangrijkste concurrent"),
        "currency" => t("currency", "valuta"),
        "language" => t("language", "taal"),
        "period" => t("period", "periode"),
        "today" => t("Today", "Vandaag"),
        _ => return variant_words(field),
    });
    known.map(|t| t.get(lang).to_string()).unwrap_or_default()
}

/// "SocialMedia" or "social_media" as "social media".
fn variant_words(name: &str) -> String {
    let mut words = String::new();
    for (i, c) in name.chars().enumerate() {
        if c == '_' {
            words.push(' ');
        } else if c.is_uppercase() {
            if i > 0 {
                words.push(' ');
            }
            words.extend(c.to_lowercase());
        } else {
            words.push(c);
        }
    }
    words
}

/// The label of a choice (a channel, an ownership, a loyalty type…), when `field` holds one.
fn choice_label(field: &str, value: &Value, lang: Lang) -> Option<String> {
    use super::{Channel, ExperientialElement, InitiativeKind, LoyaltyType, Ownership};
    let read = |v: &Value| v.clone();
    match field {
        "channel" | "preferred_channels" => serde_json::from_value::<Channel>(read(value))
            .ok()
            .map(|c| catalog::channel_label(&c, lang)),
        "ownership" => serde_json::from_value::<Ownership>(read(value))
            .ok()
            .map(|o| catalog::ownership_label(o, lang).to_string()),
        "loyalty" => serde_json::from_value::<LoyaltyType>(read(value))
            .ok()
            .map(|l| catalog::loyalty_label(l, lang).to_string()),
        "elements" => serde_json::from_value::<ExperientialElement>(read(value))
            .ok()
            .map(|e| catalog::element_label(e, lang).to_string()),
        "kind" => serde_json::from_value::<InitiativeKind>(read(value))
            .ok()
            .map(|k| catalog::initiative_kind_label(k, lang).to_string()),
        "sliders" | "key" => serde_json::from_value::<super::AssumptionKey>(read(value))
            .ok()
            .map(|k| catalog::assumption_info(k).label.get(lang).to_string()),
        _ => None,
    }
}

/// A score with its sign: "+1", "−2", "0".
fn signed(x: f64) -> String {
    let text = super::validate::format_number(x.abs());
    if x > 0.0 {
        format!("+{text}")
    } else if x < 0.0 {
        format!("−{text}")
    } else {
        text
    }
}

/// The changes grouped by area, each group in the order of the app's navigation, with their
/// sentences.
pub fn grouped(changes: &[Change], names: &Names) -> Vec<(Area, Vec<(String, Change)>)> {
    let mut groups: Vec<(Area, Vec<(String, Change)>)> = Vec::new();
    for change in changes {
        let area = Area::of(&change.path);
        let sentence = names.sentence(change);
        match groups.iter_mut().find(|(a, _)| *a == area) {
            Some((_, list)) => list.push((sentence, change.clone())),
            None => groups.push((area, vec![(sentence, change.clone())])),
        }
    }
    groups.sort_by_key(|(area, _)| *area);
    groups
}

/// The whole project as lines of words, one per value, for `git log -p` and the like (git's
/// textconv): a line diff of two listings reads as what changed.
pub fn listing(project: &Project, lang: Lang) -> Vec<String> {
    let names = Names::of(project, project, lang);
    let Ok(tree) = merge::tree_of(project) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    leaves(&mut Vec::new(), &tree, &names, &mut lines, None);
    for conflict in &project.conflicts {
        lines.push(
            t("To resolve: {conflict}", "Op te lossen: {conflict}")
                .fill(lang, &[("conflict", &names.conflict(conflict))]),
        );
    }
    lines
}

/// The key field is left out of an item's lines (`list` is the list it is an item of).
fn leaves(
    path: &mut Vec<String>,
    value: &Value,
    names: &Names,
    lines: &mut Vec<String>,
    list: Option<&str>,
) {
    match value {
        Value::Object(map)
            if !(map.len() == 1
                && path
                    .last()
                    .is_some_and(|f| f == "today" || f == "content" || f == "avatar")) =>
        {
            for (name, inner) in map {
                if name == "format_version" || list.is_some_and(|l| merge::key_field(l) == name) {
                    continue;
                }
                path.push(name.clone());
                leaves(path, inner, names, lines, None);
                path.pop();
            }
        }
        Value::Array(items) => {
            let field = path.last().cloned().unwrap_or_default();
            match keyed(&field, items) {
                Some(keys) if !keys.is_empty() => {
                    for (key, item) in keys {
                        path.push(key);
                        leaves(path, item, names, lines, Some(&field));
                        path.pop();
                    }
                }
                _ => {
                    let field = path.last().map(String::as_str).unwrap_or_default();
                    let shown = if items.iter().all(Value::is_string) && !items.is_empty() {
                        names.value(field, value)
                    } else if items.is_empty() {
                        return;
                    } else {
                        super::validate::format_number(items.len() as f64)
                    };
                    lines.push(format!("{}: {shown}", names.place(path)));
                }
            }
        }
        _ => {
            let field = value_field(path);
            let shown = match value {
                Value::String(s) if s.contains('\n') => s.replace('\n', " ⏎ "),
                Value::Object(_) => format!("{value}"),
                _ => names.value(field, value),
            };
            lines.push(format!("{}: {shown}", names.place(path)));
        }
    }
}
