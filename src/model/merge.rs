//! Three-way merge of two projects by stable id, decided field by field, and the conflicts it
//! records in the file instead of text markers.
//!
//! The projects are compared as trees (their serde form): a struct field by field, a list of
//! items by their key (an id; the persona of an experience; the assumption of an override; the
//! touchpoint of an effect), a list of ids or choices as a set, anything else as one value.
//! A change on one side is taken, the same change on both sides once; different changes to the
//! same place, a delete against an edit and two different items added under one id are
//! conflicts: the result keeps "ours" there and records base, ours and theirs.

use super::{Project, validate};
use crate::i18n::{Lang, t};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// A place where two sides changed the same thing differently, recorded in the project file
/// until a person decides. The project holds "ours" there meanwhile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// Where: field names and, inside lists, item keys (`["touchpoints", "tp-checkin",
    /// "experiences", "p-claire", "experience"]`).
    pub path: Vec<String>,
    /// The value both sides started from; `None` when it did not exist.
    #[serde(default)]
    pub base: Option<Value>,
    /// This side's value (`None`: deleted here).
    #[serde(default)]
    pub ours: Option<Value>,
    /// The other side's value (`None`: deleted there).
    #[serde(default)]
    pub theirs: Option<Value>,
    /// For a conflict found by checking the merged project (a reference to something the other
    /// side deleted): what is wrong, in the project's language.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub problem: String,
}

/// What a merge produced.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The merged project; where there are conflicts it holds ours, and lists them in
    /// [`Project::conflicts`].
    pub project: Project,
    /// How many conflicts this merge found (the project may hold earlier ones too).
    pub new_conflicts: usize,
    /// How many changes were taken from theirs (a field, or an item added or deleted).
    pub taken: usize,
}

/// What a merge gathers on its way.
#[derive(Default)]
struct Run {
    conflicts: Vec<Conflict>,
    taken: usize,
    /// Places where the base itself holds an undecided conflict (git's own merge of two bases
    /// in a criss-cross history): what the base holds there says nothing, so the sides are
    /// compared with each other only.
    undecided: Vec<Vec<String>>,
    /// Ids of items one side deleted while the other changed them: until someone decides,
    /// nothing that refers to them is removed (a persona's scores stay with it).
    contested: HashSet<String>,
}

/// The lists of a project, merged item by item.
const LISTS: [&str; 8] = [
    "personas",
    "stages",
    "touchpoints",
    "initiatives",
    "assumptions",
    "scenarios",
    "surveys",
    "slides",
];

/// Whether `path` is a whole item of one of the project's lists (a persona, a slide…).
pub fn is_item(path: &[String]) -> bool {
    path.len() == 2 && LISTS.contains(&path[0].as_str())
}

/// Why two projects could not be merged (never expected from projects that were read; a tree
/// the project type cannot hold).
#[derive(Clone, Debug, PartialEq)]
pub struct MergeError(pub String);

/// Merges `ours` and `theirs`, both changed from `base` (`None`: both sides added the file,
/// a two-way merge).
pub fn merge(
    base: Option<&Project>,
    ours: &Project,
    theirs: &Project,
) -> Result<Merged, MergeError> {
    // Two different items added under one id (ids come from names: "New touchpoint" on both
    // sides): the other side's gets an id of its own, with everything there that refers to
    // it, so both are kept; a conflict asks whether they are one.
    let twice = base
        .map(|b| added_twice(b, ours, theirs))
        .unwrap_or_default();
    let renamed;
    let theirs = if twice.is_empty() {
        theirs
    } else {
        renamed = with_new_ids(theirs, &twice).map_err(MergeError)?;
        &renamed
    };
    let mut run = Run {
        undecided: base
            .map(|b| {
                // Decided on both sides since (a side that still records it has not).
                b.conflicts
                    .iter()
                    .filter(|c| c.problem.is_empty())
                    .filter(|c| !ours.conflicts.contains(c) && !theirs.conflicts.contains(c))
                    .map(|c| c.path.clone())
                    .collect()
            })
            .unwrap_or_default(),
        ..Run::default()
    };
    // The project's own fields (name, settings…) as trees; its lists item by item, so only
    // the items both sides changed are turned into trees (most of a large project is not).
    let tree = |p: &Project| tree_of(&skeleton(p)).map_err(MergeError);
    let (o, t) = (tree(ours)?, tree(theirs)?);
    let b = base.map(tree).transpose()?;
    let mut path = Vec::new();
    let merged = merge_value(&mut path, b.as_ref(), Some(&o), Some(&t), &mut run)
        .unwrap_or_else(|| o.clone());
    let mut project: Project = from_tree(merged).map_err(MergeError)?;
    macro_rules! lists {
        ($($field:ident),*) => {$(
            project.$field = merge_list(
                stringify!($field),
                base.map(|b| b.$field.as_slice()),
                &ours.$field,
                &theirs.$field,
                &mut run,
            )?;
        )*};
    }
    lists!(
        personas,
        stages,
        touchpoints,
        initiatives,
        assumptions,
        scenarios,
        surveys,
        slides
    );
    let Run {
        mut conflicts,
        taken,
        ..
    } = run;
    let lang = project.meta.language;
    for added in &twice {
        conflicts.push(Conflict {
            path: vec![added.list.to_string(), added.new_id.clone()],
            base: None,
            ours: None,
            theirs: None,
            problem: crate::i18n::t(
                "this side added “{name}” at the same time as the other side added this one: both are kept; delete one if they are the same",
                "deze kant voegde tegelijk “{name}” toe toen de andere kant dit toevoegde: beide zijn behouden; verwijder er een als ze hetzelfde zijn",
            )
            .fill(lang, &[("name", &added.ours_name)]),
        });
    }
    project.complete_assumptions();
    // References and ids: whatever the merged project gets wrong that neither side did is a
    // conflict too (a score for a persona the other side deleted, one id for two items).
    let problems = validate(&project);
    let known: HashSet<(String, String)> = if problems.is_empty() {
        HashSet::new()
    } else {
        validate(ours)
            .iter()
            .chain(validate(theirs).iter())
            .map(problem_key)
            .collect()
    };
    for problem in problems {
        if known.contains(&problem_key(&problem)) {
            continue;
        }
        conflicts.push(Conflict {
            path: target_path(&problem.target),
            base: None,
            ours: None,
            theirs: None,
            problem: deleted_meanwhile(&problem.kind, base, lang)
                .unwrap_or_else(|| problem.kind.message(lang)),
        });
    }
    let new_conflicts = conflicts.len();
    project.conflicts = merge_conflicts(
        base.map(|b| b.conflicts.as_slice()).unwrap_or_default(),
        &ours.conflicts,
        &theirs.conflicts,
        conflicts,
    );
    Ok(Merged {
        project,
        new_conflicts,
        taken,
    })
}

/// An item both sides added under one id, different on each side.
struct AddedTwice {
    list: &'static str,
    id: String,
    /// The id the other side's item gets.
    new_id: String,
    /// What this side's item is called.
    ours_name: String,
}

/// The items both sides added under one id with different content, each with a new id for
/// the other side's.
fn added_twice(base: &Project, ours: &Project, theirs: &Project) -> Vec<AddedTwice> {
    let mut found = Vec::new();
    macro_rules! lists {
        ($($field:ident: $name:ident),*) => {$(
            let in_base: HashSet<&str> = base.$field.iter().map(|x| x.id.as_str()).collect();
            let in_ours: HashMap<&str, &_> =
                ours.$field.iter().map(|x| (x.id.as_str(), x)).collect();
            for item in &theirs.$field {
                let id = item.id.as_str();
                let Some(mine) = in_ours.get(id).filter(|_| !in_base.contains(id)) else {
                    continue;
                };
                if *mine == item {
                    continue;
                }
                let taken: Vec<&super::Id> = base
                    .$field
                    .iter()
                    .chain(&ours.$field)
                    .chain(&theirs.$field)
                    .map(|x| &x.id)
                    .collect();
                let new_id = fresh_id(id, &item.$name, taken.iter().copied());
                found.push(AddedTwice {
                    list: stringify!($field),
                    id: id.to_string(),
                    new_id: new_id.to_string(),
                    ours_name: mine.$name.clone(),
                });
            }
        )*};
    }
    lists!(
        personas: name,
        stages: name,
        touchpoints: name,
        initiatives: name,
        scenarios: name,
        surveys: label,
        slides: title
    );
    found
}

/// A new id for a second item that had the id `old`: of the same kind (its prefix), from
/// its name, and not `taken`.
fn fresh_id<'a>(
    old: &str,
    name: &str,
    taken: impl IntoIterator<Item = &'a super::Id> + Clone,
) -> super::Id {
    let prefix = old.split('-').next().unwrap_or_default();
    super::Id::generate(prefix, name, taken)
}

/// `project` with the items `twice` under their new ids, and every reference to them.
fn with_new_ids(project: &Project, twice: &[AddedTwice]) -> Result<Project, String> {
    fn rename(value: &mut Value, ids: &HashMap<&str, &str>) {
        match value {
            Value::String(s) => {
                if let Some(new) = ids.get(s.as_str()) {
                    *s = (*new).to_string();
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| rename(v, ids)),
            Value::Object(map) => map.values_mut().for_each(|v| rename(v, ids)),
            _ => {}
        }
    }
    let ids: HashMap<&str, &str> = twice
        .iter()
        .map(|a| (a.id.as_str(), a.new_id.as_str()))
        .collect();
    let mut tree = tree_of(project)?;
    rename(&mut tree, &ids);
    let mut renamed = from_tree(tree)?;
    renamed.conflicts = project.conflicts.clone();
    Ok(renamed)
}

/// The conflicts recorded in the merged file: those either side still had (one that a side
/// resolved since the base is gone), and this merge's own, which replace an earlier one at the
/// same place.
fn merge_conflicts(
    base: &[Conflict],
    ours: &[Conflict],
    theirs: &[Conflict],
    new: Vec<Conflict>,
) -> Vec<Conflict> {
    let mut all: Vec<Conflict> = ours
        .iter()
        .filter(|c| !base.contains(c) || theirs.contains(c))
        .cloned()
        .collect();
    for earlier in theirs {
        if !base.contains(earlier) && !all.contains(earlier) {
            all.push(earlier.clone());
        }
    }
    for conflict in new {
        all.retain(|c| c.path != conflict.path || c.problem != conflict.problem);
        all.push(conflict);
    }
    all
}

/// The project without its lists (they are merged item by item).
fn skeleton(project: &Project) -> Project {
    Project {
        format_version: project.format_version,
        meta: project.meta.clone(),
        settings: project.settings.clone(),
        personas: Vec::new(),
        stages: Vec::new(),
        touchpoints: Vec::new(),
        initiatives: Vec::new(),
        assumptions: Vec::new(),
        scenarios: Vec::new(),
        surveys: Vec::new(),
        slides: Vec::new(),
        conflicts: Vec::new(),
    }
}

/// An item of a project's list, known by its key.
trait Keyed: Serialize + serde::de::DeserializeOwned + PartialEq + Clone {
    /// The key, as the item's tree has it.
    fn key(&self) -> String;
}

macro_rules! keyed_by_id {
    ($($t:ty),*) => {$(
        impl Keyed for $t {
            fn key(&self) -> String {
                self.id.to_string()
            }
        }
    )*};
}
keyed_by_id!(
    super::Persona,
    super::Stage,
    super::Touchpoint,
    super::Initiative,
    super::Scenario,
    super::SurveyWave,
    super::Slide
);

impl Keyed for super::Assumption {
    fn key(&self) -> String {
        match serde_json::to_value(self.key) {
            Ok(Value::String(name)) => name,
            _ => format!("{:?}", self.key),
        }
    }
}

/// Keys of `items` in order, a repeated key numbered `#2`, `#3`… as [`keyed`] does.
fn keys_of<T: Keyed>(items: &[T]) -> Vec<(String, &T)> {
    numbered(items.iter().map(Keyed::key).collect())
        .into_iter()
        .zip(items)
        .collect()
}

/// A list of the project merged item by item: an item only one side changed is taken as it
/// is; one both sides changed differently is merged field by field as a tree.
fn merge_list<T: Keyed>(
    list: &str,
    base: Option<&[T]>,
    ours: &[T],
    theirs: &[T],
    run: &mut Run,
) -> Result<Vec<T>, MergeError> {
    let (kb, ko, kt) = (
        keys_of(base.unwrap_or_default()),
        keys_of(ours),
        keys_of(theirs),
    );
    let map = |list: &[(String, &'_ T)]| -> HashMap<String, usize> {
        list.iter()
            .enumerate()
            .map(|(i, (k, _))| (k.clone(), i))
            .collect()
    };
    let (mb, mo, mt) = (map(&kb), map(&ko), map(&kt));
    let names =
        |list: &[(String, &T)]| -> Vec<String> { list.iter().map(|(k, _)| k.clone()).collect() };
    let order = merged_order(&names(&kb), &names(&ko), &names(&kt));
    let mut merged = Vec::with_capacity(order.len());
    for key in order {
        let b = mb.get(&key).map(|&i| kb[i].1);
        let o = mo.get(&key).map(|&i| ko[i].1);
        let t = mt.get(&key).map(|&i| kt[i].1);
        if o == t {
            merged.extend(o.cloned());
            continue;
        }
        let tree = |x: Option<&T>| {
            x.map(serde_json::to_value)
                .transpose()
                .map_err(|e| MergeError(e.to_string()))
        };
        // Item by item is quick; an item the base left undecided, or one that refers to an
        // item under dispute, is looked at field by field.
        let undecided = run
            .undecided
            .iter()
            .any(|u| u.len() >= 2 && u[0] == list && u[1] == key);
        let base_tree = if undecided || !run.contested.is_empty() {
            Some(tree(b)?)
        } else {
            None
        };
        let careful = undecided
            || base_tree
                .as_ref()
                .is_some_and(|b| b.as_ref().is_some_and(|b| mentions(b, &run.contested)));
        if !careful && b == t {
            merged.extend(o.cloned());
            continue;
        }
        if !careful && b == o {
            run.taken += 1;
            merged.extend(t.cloned());
            continue;
        }
        let bv = match base_tree {
            Some(bv) => bv,
            None => tree(b)?,
        };
        let (ov, tv) = (tree(o)?, tree(t)?);
        let mut path = vec![list.to_string(), key];
        if let Some(value) = merge_value(&mut path, bv.as_ref(), ov.as_ref(), tv.as_ref(), run) {
            merged.push(serde_json::from_value(value).map_err(|e| MergeError(e.to_string()))?);
        }
    }
    Ok(merged)
}

/// "refers to persona “Priya Shah”, which one side deleted" for a reference to an item the
/// base has and a side deleted.
fn deleted_meanwhile(
    kind: &validate::ProblemKind,
    base: Option<&Project>,
    lang: Lang,
) -> Option<String> {
    use validate::{ProblemKind, RefKind};
    let (ProblemKind::Dangling { kind, id }, Some(base)) = (kind, base) else {
        return None;
    };
    let id = super::Id::from(id.as_str());
    let (noun, name) = match kind {
        RefKind::Persona => (t("persona", "persona"), base.persona(&id).map(|x| &x.name)),
        RefKind::Stage => (t("stage", "fase"), base.stage(&id).map(|x| &x.name)),
        RefKind::Touchpoint => (
            t("touchpoint", "touchpoint"),
            base.touchpoint(&id).map(|x| &x.name),
        ),
        RefKind::Initiative => (
            t("initiative", "initiatief"),
            base.initiative(&id).map(|x| &x.name),
        ),
        RefKind::Scenario => (
            t("scenario", "scenario"),
            base.scenario(&id).map(|x| &x.name),
        ),
    };
    let name = name?;
    Some(
        t(
            "refers to {noun} “{name}”, which one side deleted: bring it back or remove what refers to it",
            "verwijst naar {noun} “{name}”, die aan één kant is verwijderd: zet die terug of haal weg wat ernaar verwijst",
        )
        .fill(lang, &[("noun", &noun.get(lang)), ("name", name)]),
    )
}

fn problem_key(problem: &validate::Problem) -> (String, String) {
    (
        format!("{:?}", problem.target),
        problem.kind.message(Lang::En),
    )
}

/// The path of the item a validation problem belongs to.
pub fn target_path(target: &validate::Target) -> Vec<String> {
    use validate::Target;
    let item = |list: &str, id: &super::Id| vec![list.to_string(), id.to_string()];
    match target {
        Target::Meta => vec!["meta".into()],
        Target::Settings => vec!["settings".into()],
        Target::Persona(id) => item("personas", id),
        Target::Stage(id) => item("stages", id),
        Target::Touchpoint(id) => item("touchpoints", id),
        Target::Initiative(id) => item("initiatives", id),
        Target::Assumption(key) => vec!["assumptions".into(), format!("{key:?}")],
        Target::Scenario(id) => item("scenarios", id),
        Target::Survey(id) => item("surveys", id),
        Target::Slide(id) => item("slides", id),
    }
}

/// The item a place belongs to, for navigation (the project's name and settings when it is
/// no item).
pub fn path_target(path: &[String]) -> validate::Target {
    use validate::Target;
    // A recorded conflict's place is the place it is about.
    let path = match path.split_first() {
        Some((first, rest)) if first == "conflicts" => rest,
        _ => path,
    };
    let id = || super::Id::from(path.get(1).map(String::as_str).unwrap_or_default());
    match path.first().map(String::as_str) {
        Some("personas") if path.len() > 1 => Target::Persona(id()),
        Some("stages") if path.len() > 1 => Target::Stage(id()),
        Some("touchpoints") if path.len() > 1 => Target::Touchpoint(id()),
        Some("initiatives") if path.len() > 1 => Target::Initiative(id()),
        Some("scenarios") if path.len() > 1 => Target::Scenario(id()),
        Some("surveys") if path.len() > 1 => Target::Survey(id()),
        Some("slides") if path.len() > 1 => Target::Slide(id()),
        Some("assumptions") if path.len() > 1 => {
            serde_json::from_value(Value::String(path[1].clone()))
                .map_or(Target::Settings, Target::Assumption)
        }
        Some("meta") => Target::Meta,
        _ => Target::Settings,
    }
}

/// The project as a tree, without its recorded conflicts (they are merged apart).
pub fn tree_of(project: &Project) -> Result<Value, String> {
    let mut value = serde_json::to_value(project).map_err(|e| e.to_string())?;
    if let Value::Object(map) = &mut value {
        map.remove("conflicts");
    }
    Ok(value)
}

/// The project a tree describes.
pub fn from_tree(value: Value) -> Result<Project, String> {
    serde_json::from_value(value).map_err(|e| e.to_string())
}

/// The field of an item that identifies it in the list `field`, when its items are records.
pub fn key_field(field: &str) -> &'static str {
    match field {
        "experiences" => "persona",
        "assumptions" | "overrides" => "key",
        "effects" => "touchpoint",
        _ => "id",
    }
}

/// Lists of ids or choices, merged as sets (both sides' additions kept, removals taken).
const SET_LISTS: [&str; 5] = [
    "initiatives",
    "personas",
    "preferred_channels",
    "elements",
    "sliders",
];

/// The items of a list by their keys, in order: `None` when an item has no key. An item whose
/// key came before gets `#2`, `#3`… (two effects on one touchpoint).
pub fn keyed<'a>(field: &str, items: &'a [Value]) -> Option<Vec<(String, &'a Value)>> {
    let name = key_field(field);
    let keys: Option<Vec<String>> = items
        .iter()
        .map(|item| item.get(name)?.as_str().map(str::to_string))
        .collect();
    Some(numbered(keys?).into_iter().zip(items).collect())
}

/// `keys` with a repeated key numbered `#2`, `#3`… in order (two effects on one touchpoint).
fn numbered(keys: Vec<String>) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    keys.into_iter()
        .map(|key| {
            let count = seen.entry(key.clone()).or_insert(0);
            *count += 1;
            if *count == 1 {
                key
            } else {
                format!("{key}#{count}")
            }
        })
        .collect()
}

fn merge_value(
    path: &mut Vec<String>,
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    run: &mut Run,
) -> Option<Value> {
    if ours == theirs {
        return ours.cloned();
    }
    let undecided = run.undecided.iter().any(|u| u == path);
    let below_undecided = run
        .undecided
        .iter()
        .any(|u| u.len() > path.len() && u.starts_with(path));
    // Something that refers to an item one side deleted and the other changed.
    let guarding = !run.contested.is_empty() && base.is_some_and(|b| mentions(b, &run.contested));
    // Whether its deletion came with that item's, as the app deletes: a touchpoint with its
    // stage, a score or an effect with its persona or touchpoint, a reference set to none.
    // (Every touchpoint holds scores of every persona: one deleted for its own sake, or a
    // survey wave, stays deleted.)
    let cascaded = guarding && base.is_some_and(|b| goes_with(path, b, &run.contested));
    let containers = matches!(
        (ours, theirs),
        (Some(Value::Object(_)), Some(Value::Object(_)))
            | (Some(Value::Array(_)), Some(Value::Array(_)))
    );
    let both_added = base.is_none() && ours.is_some() && theirs.is_some() && is_item(path);
    if !undecided && !both_added && !(containers && (below_undecided || guarding)) {
        let gone = |v: Option<&Value>| v.is_none_or(Value::is_null);
        if cascaded && (gone(ours) || gone(theirs)) {
            // A side took out a reference along with the item it deleted: it stays (as the
            // other side has it) until the delete is decided, and so does what refers to it.
            if is_item(path) {
                run.contested.insert(path[1].clone());
            }
            return if gone(ours) { theirs } else { ours }.cloned();
        }
        if base == theirs {
            return ours.cloned();
        }
        if base == ours {
            run.taken += 1;
            return theirs.cloned();
        }
    }
    let conflict = |run: &mut Run, path: &[String]| {
        run.conflicts.push(Conflict {
            path: path.to_vec(),
            base: base.cloned(),
            ours: ours.cloned(),
            theirs: theirs.cloned(),
            problem: String::new(),
        });
        // Deleted on one side and changed on the other: the changed one stays until someone
        // decides, with whatever refers to it, so nothing is lost meanwhile.
        if base.is_some() && (ours.is_none() || theirs.is_none()) && is_item(path) {
            run.contested.insert(path[1].clone());
        }
        ours.or(theirs).cloned()
    };
    if undecided || both_added {
        return conflict(run, path);
    }
    match (ours, theirs) {
        (Some(Value::Object(o)), Some(Value::Object(t))) => {
            // A different variant of a choice (one key each, not the same) is one value.
            let variant_changed = o.len() == 1 && t.len() == 1 && o.keys().ne(t.keys());
            if variant_changed {
                return conflict(run, path);
            }
            let b = match base {
                Some(Value::Object(b)) => Some(b),
                _ => None,
            };
            Some(Value::Object(merge_fields(path, b, o, t, run)))
        }
        (Some(Value::Array(o)), Some(Value::Array(t))) => {
            let empty = Vec::new();
            let b = match base {
                Some(Value::Array(b)) => b,
                None => &empty,
                Some(_) => return conflict(run, path),
            };
            let field = path.last().map(String::as_str).unwrap_or_default();
            if let (Some(kb), Some(ko), Some(kt)) =
                (keyed(field, b), keyed(field, o), keyed(field, t))
                && !(ko.is_empty() && kt.is_empty())
            {
                // Two effects on one touchpoint are told apart by their place among that
                // touchpoint's effects: once a side adds or removes one, places no longer
                // say which is which, and the list is decided as a whole.
                if repeated_keys_clash(field, b, o, t) {
                    return conflict(run, path);
                }
                return Some(Value::Array(merge_items(path, &kb, &ko, &kt, run)));
            }
            let all_text = |list: &[Value]| list.iter().all(Value::is_string);
            if SET_LISTS.contains(&field) && all_text(b) && all_text(o) && all_text(t) {
                // An empty choice of personas is every persona: a change to or from it,
                // or a merge that would empty it, is a change of meaning, not of members.
                let all_when_empty = field == "personas" && path.len() > 2;
                // (A side left with none because it deleted the only ones chosen is no
                // choice of all: they are kept until the delete is decided.)
                let disputed = |v: &Value| v.as_str().is_some_and(|s| run.contested.contains(s));
                let chose_all = |side: &[Value]| side.is_empty() && !b.iter().all(disputed);
                if all_when_empty && (b.is_empty() || chose_all(o) || chose_all(t)) {
                    return conflict(run, path);
                }
                let merged = merge_set(b, o, t, run);
                if all_when_empty && merged.is_empty() {
                    return conflict(run, path);
                }
                return Some(Value::Array(merged));
            }
            conflict(run, path)
        }
        _ => conflict(run, path),
    }
}

/// Whether a key repeated in a keyed list (two effects on one touchpoint, told apart by their
/// place among them) has its items changed on both sides in a way places cannot match: both
/// sides changed them differently, and a side has more or fewer of them, or both changed the
/// one in the same place.
fn repeated_keys_clash(field: &str, base: &[Value], ours: &[Value], theirs: &[Value]) -> bool {
    let name = key_field(field);
    let key_of = |item: &Value| item.get(name).and_then(Value::as_str).map(str::to_string);
    let mut count: HashMap<String, usize> = HashMap::new();
    for side in [base, ours, theirs] {
        let mut here: HashMap<String, usize> = HashMap::new();
        for key in side.iter().filter_map(key_of) {
            *here.entry(key).or_insert(0) += 1;
        }
        for (key, n) in here {
            let most = count.entry(key).or_insert(0);
            *most = (*most).max(n);
        }
    }
    let group = |items: &[Value], key: &str| -> Vec<Value> {
        items
            .iter()
            .filter(|i| key_of(i).as_deref() == Some(key))
            .cloned()
            .collect()
    };
    count.iter().filter(|(_, n)| **n > 1).any(|(key, _)| {
        let (b, o, t) = (group(base, key), group(ours, key), group(theirs, key));
        if b == o || b == t || o == t {
            return false;
        }
        let same_count = b.len() == o.len() && b.len() == t.len();
        !same_count || (0..b.len()).any(|i| b[i] != o[i] && b[i] != t[i])
    })
}

/// Whether the app deletes `value` (at `path`) along with one of the items `ids`: a touchpoint
/// whose stage it is; inside an item, a record with a field that is one of them or a list of
/// nothing but them (an effect for that persona only); a single reference.
fn goes_with(path: &[String], value: &Value, ids: &HashSet<String>) -> bool {
    let named = |v: &Value| v.as_str().is_some_and(|s| ids.contains(s));
    match value {
        Value::Object(map) if is_item(path) => {
            path[0] == "touchpoints" && map.get("stage").is_some_and(named)
        }
        Value::Object(map) => map.values().any(|v| match v {
            Value::Array(items) => !items.is_empty() && items.iter().all(named),
            v => named(v),
        }),
        Value::Array(items) => !items.is_empty() && items.iter().all(named),
        v => named(v),
    }
}

/// Whether `value` holds one of `ids` anywhere (a reference to it, or its own id).
fn mentions(value: &Value, ids: &HashSet<String>) -> bool {
    match value {
        Value::String(s) => ids.contains(s),
        Value::Array(items) => items.iter().any(|v| mentions(v, ids)),
        Value::Object(map) => map.values().any(|v| mentions(v, ids)),
        _ => false,
    }
}

fn merge_fields(
    path: &mut Vec<String>,
    base: Option<&Map<String, Value>>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
    run: &mut Run,
) -> Map<String, Value> {
    let mut names: Vec<&String> = ours.keys().collect();
    names.extend(theirs.keys().filter(|k| !ours.contains_key(*k)));
    let mut merged = Map::new();
    for name in names {
        path.push(name.clone());
        let value = merge_value(
            path,
            base.and_then(|b| b.get(name)),
            ours.get(name),
            theirs.get(name),
            run,
        );
        path.pop();
        if let Some(value) = value {
            merged.insert(name.clone(), value);
        }
    }
    merged
}

/// The keys of `side` that it moved away from `base`'s order: those outside the longest run of
/// items it keeps in that order (a longest increasing run of their places in `base`).
fn moved(base: &[String], side: &[String]) -> HashSet<String> {
    let at: HashMap<&str, usize> = base
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let common: Vec<(usize, &String)> = side
        .iter()
        .filter_map(|k| at.get(k.as_str()).map(|&i| (i, k)))
        .collect();
    if common.windows(2).all(|w| w[0].0 < w[1].0) {
        return HashSet::new();
    }
    // Patience sorting: `tails[n]` ends the best run of length n + 1 found so far.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; common.len()];
    for (j, &(place, _)) in common.iter().enumerate() {
        let n = tails.partition_point(|&t| common[t].0 < place);
        if n > 0 {
            before[j] = Some(tails[n - 1]);
        }
        if n == tails.len() {
            tails.push(j);
        } else {
            tails[n] = j;
        }
    }
    let mut kept = HashSet::new();
    let mut next = tails.last().copied();
    while let Some(j) = next {
        kept.insert(j);
        next = before[j];
    }
    common
        .iter()
        .enumerate()
        .filter(|(j, _)| !kept.contains(j))
        .map(|(_, (_, k))| (*k).clone())
        .collect()
}

/// The order of the merged list: the base's order, with what each side moved where it put it
/// (ours, when both moved the same item) and each side's new items after the item they follow
/// there (ours first). Items a side deleted keep their place; the merge of the item decides
/// whether it stays.
fn merged_order(base: &[String], ours: &[String], theirs: &[String]) -> Vec<String> {
    let (moved_o, moved_t) = (moved(base, ours), moved(base, theirs));
    let mut order: Vec<String> = base
        .iter()
        .filter(|k| !moved_o.contains(*k) && !moved_t.contains(*k))
        .cloned()
        .collect();
    let mut placed: HashSet<String> = order.iter().cloned().collect();
    let in_base: HashSet<&str> = base.iter().map(String::as_str).collect();
    for (side, moved_here, moved_there) in
        [(ours, &moved_o, &moved_t), (theirs, &moved_t, &moved_o)]
    {
        let in_side: HashSet<&str> = side.iter().map(String::as_str).collect();
        for (i, key) in side.iter().enumerate() {
            // Each side places what it added and what it moved.
            let own = !in_base.contains(key.as_str()) || moved_here.contains(key);
            if placed.contains(key) || !own {
                continue;
            }
            // After the nearest item before it (there) that is placed and that the other
            // side did not move, and after what the other side put there that this side does
            // not have.
            let after = side[..i]
                .iter()
                .rev()
                .filter(|k| !moved_there.contains(*k) || moved_here.contains(*k))
                .find_map(|k| order.iter().position(|o| o == k));
            let mut at = after.map_or(0, |p| p + 1);
            while at < order.len() && !in_side.contains(order[at].as_str()) {
                at += 1;
            }
            order.insert(at, key.clone());
            placed.insert(key.clone());
        }
    }
    order
}

fn merge_items<'a>(
    path: &mut Vec<String>,
    base: &[(String, &'a Value)],
    ours: &[(String, &'a Value)],
    theirs: &[(String, &'a Value)],
    run: &mut Run,
) -> Vec<Value> {
    let by_key = |list: &[(String, &'a Value)]| -> HashMap<String, &'a Value> {
        list.iter().map(|(k, v)| (k.clone(), *v)).collect()
    };
    let (b, o, t) = (by_key(base), by_key(ours), by_key(theirs));
    let mut merged = Vec::new();
    let names = |list: &[(String, &Value)]| -> Vec<String> {
        list.iter().map(|(k, _)| k.clone()).collect()
    };
    for key in merged_order(&names(base), &names(ours), &names(theirs)) {
        let (bv, ov, tv) = (
            b.get(&key).copied(),
            o.get(&key).copied(),
            t.get(&key).copied(),
        );
        path.push(key);
        let value = merge_value(path, bv, ov, tv, run);
        path.pop();
        merged.extend(value);
    }
    merged
}

/// Ours, less what theirs removed, plus what theirs added (in their order). An item under
/// dispute is not removed.
fn merge_set(base: &[Value], ours: &[Value], theirs: &[Value], run: &mut Run) -> Vec<Value> {
    let disputed = |v: &Value| v.as_str().is_some_and(|s| run.contested.contains(s));
    let removed: Vec<&Value> = base
        .iter()
        .filter(|v| !theirs.contains(v) && !disputed(v))
        .collect();
    let mut merged: Vec<Value> = ours
        .iter()
        .filter(|v| !removed.contains(v))
        .cloned()
        .collect();
    for value in base {
        if disputed(value) && !merged.contains(value) {
            merged.push(value.clone());
        }
    }
    let mut changed = removed.iter().any(|v| ours.contains(v));
    for value in theirs {
        if !base.contains(value) && !merged.contains(value) {
            merged.push(value.clone());
            changed = true;
        }
    }
    run.taken += usize::from(changed);
    merged
}

/// Sets the value at `path` in `project` (`None` removes the item or field there): how a
/// conflict is resolved with base, ours or theirs.
pub fn set_at(
    project: &Project,
    path: &[String],
    value: Option<&Value>,
) -> Result<Project, String> {
    let conflicts = project.conflicts.clone();
    let mut tree = tree_of(project)?;
    set_in(&mut tree, path, value, None)?;
    let mut changed = from_tree(tree)?;
    changed.conflicts = conflicts;
    Ok(changed)
}

fn set_in(
    tree: &mut Value,
    path: &[String],
    value: Option<&Value>,
    field: Option<&str>,
) -> Result<(), String> {
    let Some((step, rest)) = path.split_first() else {
        return Err("an empty place".into());
    };
    match tree {
        Value::Object(map) => {
            if rest.is_empty() {
                match value {
                    Some(value) => map.insert(step.clone(), value.clone()),
                    None => map.remove(step),
                };
                return Ok(());
            }
            let inner = map
                .get_mut(step)
                .ok_or_else(|| format!("no field {step}"))?;
            set_in(inner, rest, value, Some(step))
        }
        Value::Array(items) => {
            let field = field.unwrap_or_default();
            let keys: Vec<String> = keyed(field, items)
                .ok_or_else(|| format!("{field} has no keys"))?
                .into_iter()
                .map(|(k, _)| k)
                .collect();
            let at = keys.iter().position(|k| k == step);
            if rest.is_empty() {
                match (at, value) {
                    (Some(i), Some(value)) => items[i] = value.clone(),
                    (Some(i), None) => {
                        items.remove(i);
                    }
                    (None, Some(value)) => items.push(value.clone()),
                    (None, None) => {}
                }
                return Ok(());
            }
            let i = at.ok_or_else(|| format!("no item {step}"))?;
            set_in(&mut items[i], rest, value, Some(field))
        }
        _ => Err(format!("nothing at {step}")),
    }
}

/// The value at `path` in `tree`, if any.
pub fn get_at<'a>(tree: &'a Value, path: &[String]) -> Option<&'a Value> {
    let mut here = tree;
    let mut field = "";
    for step in path {
        here = match here {
            Value::Object(map) => {
                field = step;
                map.get(step)?
            }
            Value::Array(items) => keyed(field, items)?
                .into_iter()
                .find(|(k, _)| k == step)
                .map(|(_, v)| v)?,
            _ => return None,
        };
    }
    Some(here)
}

/// Keeps both of two different items added under one id: `theirs` goes right after the item
/// the project holds, under an id of its own.
pub fn keep_both(project: &Project, path: &[String], theirs: &Value) -> Result<Project, String> {
    if !is_item(path) || path[0] == "assumptions" {
        return Err("only a whole item can be kept twice".into());
    }
    let conflicts = project.conflicts.clone();
    let mut tree = tree_of(project)?;
    let Some(Value::Array(items)) = tree.get_mut(&path[0]) else {
        return Err(format!("no list {}", path[0]));
    };
    let id_of = |item: &Value| item.get("id").and_then(Value::as_str).map(str::to_string);
    let taken: Vec<super::Id> = items
        .iter()
        .filter_map(id_of)
        .map(|id| super::Id::from(id.as_str()))
        .collect();
    let name = ["name", "title", "label"]
        .iter()
        .find_map(|field| theirs.get(field)?.as_str())
        .unwrap_or_default();
    let id = fresh_id(&path[1], name, taken.iter());
    let mut copy = theirs.clone();
    let Value::Object(fields) = &mut copy else {
        return Err("the other side's item is not a record".into());
    };
    fields.insert("id".into(), Value::String(id.to_string()));
    let at = items
        .iter()
        .position(|item| id_of(item).as_deref() == Some(path[1].as_str()))
        .map_or(items.len(), |i| i + 1);
    items.insert(at, copy);
    let mut changed = from_tree(tree)?;
    changed.conflicts = conflicts;
    Ok(changed)
}
