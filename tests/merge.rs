//! Teamwork on one file: `merge` by stable id, `diff` in words and `git-setup`, with the real
//! binary and real git repositories in temporary folders; and properties of the merge over
//! random edits of the samples.

use cx_workbench::model::edit::{self, ListEdit, ListKind};
use cx_workbench::model::merge::{self, merge};
use cx_workbench::model::validate::ProblemKind;
use cx_workbench::model::{Effect, Experience, Id, Project, Touchpoint, diff, validate};
use cx_workbench::store;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sample(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("projects")
        .join(name);
    store::load(&path).expect("sample").project
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A git repository in a temporary folder, with its own home (no user or system settings).
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        std::fs::create_dir_all(repo.home()).expect("home");
        std::fs::create_dir_all(repo.work()).expect("work");
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.email", "team@example.com"]);
        repo.git(&["config", "user.name", "Team"]);
        repo
    }

    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    fn work(&self) -> PathBuf {
        self.dir.path().join("work")
    }

    fn env(&self, command: &mut Command) {
        command
            .current_dir(self.work())
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.home().join(".config"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env_remove("GIT_CONFIG_GLOBAL")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE");
    }

    /// Runs git; panics when it fails unless `may_fail`.
    fn run_git(&self, args: &[&str], may_fail: bool) -> Output {
        let mut command = Command::new("git");
        self.env(&mut command);
        let output = command.args(args).output().expect("git runs");
        assert!(
            may_fail || output.status.success(),
            "git {args:?}: {}{}",
            text(&output.stdout),
            text(&output.stderr)
        );
        output
    }

    fn git(&self, args: &[&str]) -> String {
        text(&self.run_git(args, false).stdout)
    }

    fn app(&self, args: &[&str]) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_cx-workbench"));
        self.env(&mut command);
        command.args(args).output().expect("the binary runs")
    }

    fn write(&self, name: &str, project: &Project) {
        std::fs::write(self.work().join(name), store::to_ron(project).expect("ron"))
            .expect("write");
    }

    fn read(&self, name: &str) -> Project {
        store::load(&self.work().join(name))
            .expect("a project")
            .project
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// A repository set up with `git-setup`, holding `base` as `project.ron` on `main`.
    fn with_project(base: &Project) -> Repo {
        let repo = Repo::new();
        let setup = repo.app(&["git-setup"]);
        assert_eq!(setup.status.code(), Some(0), "{}", text(&setup.stderr));
        repo.write("project.ron", base);
        repo.commit("base");
        repo
    }

    /// `ours` on a branch `ours`, `theirs` on `main`; then merges `ours` into `main`.
    fn merge_two(&self, ours: &Project, theirs: &Project) -> Output {
        self.git(&["checkout", "-q", "-b", "ours"]);
        self.write("project.ron", ours);
        self.commit("ours");
        self.git(&["checkout", "-q", "main"]);
        self.write("project.ron", theirs);
        self.commit("theirs");
        self.run_git(&["merge", "-q", "--no-edit", "ours"], true)
    }
}

fn rename_persona(project: &mut Project, index: usize, name: &str) {
    project.personas[index].name = name.to_string();
}

fn experience(project: &mut Project, touchpoint: usize, persona: usize) -> &mut Experience {
    let id = project.personas[persona].id.clone();
    project.touchpoints[touchpoint]
        .experiences
        .iter_mut()
        .find(|e| e.persona == id)
        .expect("scored")
}

fn scored_touchpoint(project: &Project, persona: usize) -> usize {
    let id = &project.personas[persona].id;
    project
        .touchpoints
        .iter()
        .position(|t| t.experiences.iter().any(|e| &e.persona == id))
        .expect("a scored touchpoint")
}

fn new_touchpoint(project: &Project, id: &str, name: &str) -> Touchpoint {
    Touchpoint {
        id: Id::from(id),
        name: name.to_string(),
        stage: project.stages[1].id.clone(),
        ..Touchpoint::default()
    }
}

#[test]
fn teammates_edits_to_different_items_merge_cleanly_through_git() {
    let base = sample("hotel-group.ron");
    let repo = Repo::with_project(&base);
    let mut ours = base.clone();
    rename_persona(&mut ours, 0, "Margaret Ellis-Hart");
    ours.slides[1].notes = "Start with the guest who books by phone.".into();
    let mut theirs = base.clone();
    let tp = scored_touchpoint(&theirs, 2);
    experience(&mut theirs, tp, 2).score = -2.0;
    theirs.scenarios[0].horizon_periods = 48;

    let merge = repo.merge_two(&ours, &theirs);
    assert!(
        merge.status.success(),
        "{}{}",
        text(&merge.stdout),
        text(&merge.stderr)
    );
    let mut expected = theirs.clone();
    rename_persona(&mut expected, 0, "Margaret Ellis-Hart");
    expected.slides[1].notes = ours.slides[1].notes.clone();
    assert_eq!(repo.read("project.ron"), expected);
    let check = repo.app(&["check", "project.ron"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(
        repo.git(&["status", "--porcelain"]).is_empty(),
        "no stray files"
    );
}

#[test]
fn the_same_field_on_both_sides_is_a_conflict_the_file_still_opens_and_check_names_it() {
    let base = sample("hotel-group.ron");
    let repo = Repo::with_project(&base);
    let tp = scored_touchpoint(&base, 2);
    let mut ours = base.clone();
    experience(&mut ours, tp, 2).score = 3.0;
    let mut theirs = base.clone();
    experience(&mut theirs, tp, 2).score = -2.0;

    let merge = repo.merge_two(&ours, &theirs);
    assert!(!merge.status.success(), "git reports the conflict");
    let file = std::fs::read_to_string(repo.work().join("project.ron")).expect("file");
    assert!(
        !file.contains("<<<<<<<") && !file.contains(">>>>>>>"),
        "no markers"
    );
    let merged = repo.read("project.ron");
    assert_eq!(merged.conflicts.len(), 1);
    // "Ours" in git's merge is the branch merged into: main, which holds `theirs` here.
    assert_eq!(experience(&mut merged.clone(), tp, 2).score, -2.0);
    let check = repo.app(&["check", "project.ron"]);
    assert_eq!(check.status.code(), Some(1));
    let said = text(&check.stderr);
    let name = format!(
        "{} · {}: experience",
        base.touchpoints[tp].name, base.personas[2].name
    );
    assert!(said.contains(&name), "{said}");
    assert!(
        said.contains("was +") || said.contains("was −") || said.contains("was 0"),
        "{said}"
    );
}

#[test]
fn a_delete_against_an_edit_is_a_conflict() {
    let base = sample("online-shop.ron");
    let mut ours = base.clone();
    let removed = ours.slides.remove(2);
    let mut theirs = base.clone();
    theirs.slides[2].title = "A better title".into();
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    assert_eq!(merged.new_conflicts, 1);
    let conflict = &merged.project.conflicts[0];
    assert_eq!(
        conflict.path,
        vec!["slides".to_string(), removed.id.to_string()]
    );
    assert!(conflict.ours.is_none() && conflict.theirs.is_some() && conflict.base.is_some());
    let kept = merged.project.slides.iter().find(|s| s.id == removed.id);
    assert_eq!(
        kept.map(|s| s.title.as_str()),
        Some("A better title"),
        "the edited slide stays until someone decides"
    );
}

#[test]
fn a_deleted_persona_against_an_edit_keeps_its_scores_until_decided() {
    let base = sample("hotel-group.ron");
    let gone = base.personas[3].id.clone();
    let mut ours = base.clone();
    // Deleted as the app deletes it: its scores and every reference go too.
    edit::apply(
        &mut ours,
        ListKind::Personas,
        ListEdit::Delete(gone.clone()),
    )
    .expect("deleted");
    // A touchpoint deleted for its own sake (it holds the persona's score too).
    let dropped = base.touchpoints[5].id.clone();
    edit::apply(
        &mut ours,
        ListKind::Touchpoints,
        ListEdit::Delete(dropped.clone()),
    )
    .expect("deleted");
    let mut theirs = base.clone();
    rename_persona(&mut theirs, 3, "Priya Shah-Verma");
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    assert_eq!(merged.new_conflicts, 1, "{:?}", merged.project.conflicts);
    assert_eq!(
        merged.project.conflicts[0].path,
        ["personas".to_string(), gone.to_string()]
    );
    let scores = |p: &Project| {
        p.touchpoints
            .iter()
            .filter(|t| t.experiences.iter().any(|e| e.persona == gone))
            .count()
    };
    assert!(scores(&base) > 0);
    assert!(
        merged.project.touchpoint(&dropped).is_none(),
        "stays deleted"
    );
    assert_eq!(
        scores(&merged.project),
        scores(&base) - 1,
        "no other score lost"
    );
    assert_eq!(merged.project.personas[3].name, "Priya Shah-Verma");
    assert!(
        validate(&merged.project)
            .iter()
            .all(|p| matches!(p.kind, ProblemKind::Unmerged { .. })),
        "nothing dangles: {:?}",
        validate(&merged.project)
    );
    // Taking the delete afterwards is the app's delete: it leaves a clean project.
    let mut decided = merged.project.clone();
    decided.conflicts.clear();
    edit::apply(
        &mut decided,
        ListKind::Personas,
        ListEdit::Delete(gone.clone()),
    )
    .expect("deleted");
    assert!(validate(&decided).is_empty(), "{:?}", validate(&decided));
    // The other way round (ours edits, theirs deletes) gives the same.
    let swapped = merge(Some(&base), &theirs, &ours).expect("merge");
    assert_eq!(swapped.new_conflicts, 1);
    assert_eq!(scores(&swapped.project), scores(&base) - 1);
    // Through git: the merge stops on the conflict, the file opens and check names it.
    let repo = Repo::with_project(&base);
    let merge = repo.merge_two(&ours, &theirs);
    assert!(!merge.status.success(), "a conflict stops git's merge");
    let file = repo.read("project.ron");
    assert_eq!(file.conflicts.len(), 1);
    assert_eq!(scores(&file), scores(&base) - 1);
    let check = repo.app(&["check", "project.ron"]);
    assert_eq!(check.status.code(), Some(1));
    let said = text(&check.stderr);
    assert!(said.contains("Persona “Priya Shah"), "{said}");
}

#[test]
fn what_a_delete_takes_along_stays_and_what_was_deleted_for_its_own_sake_goes() {
    let base = sample("hotel-group.ron");
    // A stage deleted (with its touchpoints and their effects) against the stage renamed.
    let stage = base.stages[1].id.clone();
    let in_stage: Vec<Id> = base
        .touchpoints
        .iter()
        .filter(|t| t.stage == stage)
        .map(|t| t.id.clone())
        .collect();
    let effects_on = |p: &Project| {
        p.initiatives
            .iter()
            .flat_map(|i| &i.effects)
            .filter(|e| in_stage.contains(&e.touchpoint))
            .count()
    };
    assert!(
        effects_on(&base) > 0,
        "the sample has effects in that stage"
    );
    let mut ours = base.clone();
    edit::apply(&mut ours, ListKind::Stages, ListEdit::Delete(stage.clone())).expect("deleted");
    let mut theirs = base.clone();
    theirs.stages[1].name = "Booking and planning".into();
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    assert_eq!(merged.new_conflicts, 1, "{:?}", merged.project.conflicts);
    assert!(
        in_stage
            .iter()
            .all(|t| merged.project.touchpoint(t).is_some())
    );
    assert_eq!(
        effects_on(&merged.project),
        effects_on(&base),
        "no effect lost"
    );

    // A persona deleted against an edit, and on the deleting side a survey wave of that
    // persona deleted too (the app never deletes a wave with its persona): the wave stays gone.
    let persona = base.personas[0].id.clone();
    let mut ours = base.clone();
    ours.surveys[0].persona = Some(persona.clone());
    let base_with_wave = ours.clone();
    edit::apply(
        &mut ours,
        ListKind::Personas,
        ListEdit::Delete(persona.clone()),
    )
    .expect("deleted");
    ours.surveys
        .retain(|w| w.id != base_with_wave.surveys[0].id);
    let mut theirs = base_with_wave.clone();
    rename_persona(&mut theirs, 0, "Margaret Ellis-Hart");
    let merged = merge(Some(&base_with_wave), &ours, &theirs).expect("merge");
    assert!(
        !merged
            .project
            .surveys
            .iter()
            .any(|w| w.id == base_with_wave.surveys[0].id),
        "the wave deleted for its own sake stays deleted"
    );

    // A plot's chosen personas: one side deletes one of them, the other chooses all.
    let mut with_choice = base.clone();
    let plot = with_choice
        .slides
        .iter()
        .position(|s| matches!(s.content, cx_workbench::model::SlideContent::Plot(_)))
        .expect("a plot slide");
    let chosen = vec![base.personas[0].id.clone(), base.personas[1].id.clone()];
    if let cx_workbench::model::SlideContent::Plot(spec) = &mut with_choice.slides[plot].content {
        spec.personas = chosen.clone();
    }
    let mut ours = with_choice.clone();
    edit::apply(
        &mut ours,
        ListKind::Personas,
        ListEdit::Delete(chosen[0].clone()),
    )
    .expect("deleted");
    let mut theirs = with_choice.clone();
    rename_persona(&mut theirs, 0, "Margaret Ellis-Hart");
    if let cx_workbench::model::SlideContent::Plot(spec) = &mut theirs.slides[plot].content {
        spec.personas.clear();
    }
    let merged = merge(Some(&with_choice), &ours, &theirs).expect("merge");
    assert!(
        merged
            .project
            .conflicts
            .iter()
            .any(|c| c.path.last().map(String::as_str) == Some("personas")),
        "choosing all is a change of meaning: {:?}",
        merged.project.conflicts
    );
}

#[test]
fn two_effects_on_one_touchpoint_are_never_mixed_up() {
    let mut base = sample("online-shop.ron");
    let touchpoint = base.touchpoints[0].id.clone();
    let [first, second] = [&base.personas[0].id, &base.personas[1].id].map(|p| Effect {
        touchpoint: touchpoint.clone(),
        personas: vec![p.clone()],
        score_change: 1.0,
        effort_change: 0.0,
    });
    base.initiatives[0].effects = vec![first, second];
    let mut ours = base.clone();
    ours.initiatives[0].effects.remove(0);
    let mut theirs = base.clone();
    theirs.initiatives[0].effects[1].score_change = 3.0;
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    // Without the first, "the second" no longer names one effect: decided as a whole.
    assert_eq!(merged.new_conflicts, 1, "{:?}", merged.project.conflicts);
    assert_eq!(
        merged.project.conflicts[0].path.last().map(String::as_str),
        Some("effects")
    );
    assert_eq!(
        merged.project.initiatives[0].effects,
        ours.initiatives[0].effects
    );
    // One side deletes one and adds another (as many as before), the other edits one.
    let mut swapped = base.clone();
    swapped.initiatives[0].effects.remove(0);
    swapped.initiatives[0].effects.push(Effect {
        touchpoint: touchpoint.clone(),
        personas: vec![base.personas[2].id.clone()],
        score_change: 1.0,
        effort_change: 0.0,
    });
    let merged = merge(Some(&base), &swapped, &theirs).expect("merge");
    assert_eq!(merged.new_conflicts, 1, "{:?}", merged.project.conflicts);
    // Edits of both, with none added or removed, still merge.
    let mut ours = base.clone();
    ours.initiatives[0].effects[0].effort_change = 1.0;
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    assert_eq!(merged.new_conflicts, 0);
    let effects = &merged.project.initiatives[0].effects;
    assert_eq!(
        (effects[0].effort_change, effects[1].score_change),
        (1.0, 3.0)
    );
}

#[test]
fn a_choice_of_personas_where_none_means_all_is_not_merged_as_a_set() {
    let mut base = sample("online-shop.ron");
    let (a, b) = (base.personas[0].id.clone(), base.personas[1].id.clone());
    let touchpoint = base.touchpoints[0].id.clone();
    base.initiatives[0].effects = vec![Effect {
        touchpoint,
        personas: vec![a.clone(), b.clone()],
        score_change: 1.0,
        effort_change: 0.0,
    }];
    let with = |personas: Vec<Id>| {
        let mut p = base.clone();
        p.initiatives[0].effects[0].personas = personas;
        p
    };
    // Each side drops one: a set merge would leave none, which means everyone.
    let merged = merge(Some(&base), &with(vec![a.clone()]), &with(vec![b.clone()])).expect("merge");
    assert_eq!(merged.new_conflicts, 1);
    // One side widens to everyone, the other drops one.
    let merged = merge(Some(&base), &with(vec![]), &with(vec![b.clone()])).expect("merge");
    assert_eq!(merged.new_conflicts, 1);
    // Plain additions on both sides still merge.
    let mut c = base.clone();
    c.initiatives[0].effects[0].personas = vec![a.clone()];
    let merged = merge(Some(&c), &with(vec![a.clone(), b.clone()]), &c).expect("merge");
    assert_eq!(merged.new_conflicts, 0);
    assert_eq!(merged.taken, 0);
    let merged = merge(Some(&c), &c, &with(vec![a, b])).expect("merge");
    assert_eq!(
        merged.taken, 1,
        "a change taken from the other side is counted"
    );
}

#[test]
fn a_resolution_made_on_one_side_is_not_undone_and_differing_ones_meet_again() {
    let base = sample("hotel-group.ron");
    let mut a = base.clone();
    rename_persona(&mut a, 0, "Margaret A.");
    let mut b = base.clone();
    rename_persona(&mut b, 0, "Margaret B.");
    // What git makes of two merge bases: their own merge, conflict recorded.
    let inner = merge(Some(&base), &a, &b).expect("merge").project;
    assert_eq!(inner.conflicts.len(), 1);
    let resolved = |name: &str| {
        let mut p = inner.clone();
        p.conflicts.clear();
        rename_persona(&mut p, 0, name);
        p
    };
    // Both sides decided alike: clean, and the old conflict is gone.
    let same = merge(
        Some(&inner),
        &resolved("Margaret B."),
        &resolved("Margaret B."),
    )
    .expect("merge");
    assert!(same.project.conflicts.is_empty());
    // They decided differently: that is a conflict again, never one side silently.
    for (ours, theirs) in [
        ("Margaret B.", "Margaret A."),
        ("Margaret A.", "Margaret B."),
    ] {
        let differ = merge(Some(&inner), &resolved(ours), &resolved(theirs)).expect("merge");
        assert_eq!(differ.project.conflicts.len(), 1, "{ours} against {theirs}");
        assert_eq!(differ.project.conflicts[0].theirs, Some(theirs.into()));
    }
    // One side resolved, the other still has the conflict: resolved stays resolved.
    let mut later = resolved("Margaret B.");
    later.slides[0].notes = "Welcome.".into();
    let one_side = merge(Some(&inner), &later, &inner).expect("merge");
    assert!(
        one_side.project.conflicts.is_empty(),
        "{:?}",
        one_side.project.conflicts
    );
    let other_side = merge(Some(&inner), &inner, &later).expect("merge");
    assert!(other_side.project.conflicts.is_empty());
}

#[test]
fn a_reorder_against_an_edit_keeps_both() {
    let base = sample("hotel-group.ron");
    let mut ours = base.clone();
    ours.personas.swap(0, 3);
    let mut theirs = base.clone();
    rename_persona(&mut theirs, 1, "David W.");
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    assert!(
        merged.project.conflicts.is_empty(),
        "{:?}",
        merged.project.conflicts
    );
    let mut expected = ours.clone();
    rename_persona(&mut expected, 1, "David W.");
    assert_eq!(merged.project, expected);
    // And the other way round: the order comes from the side that moved.
    let merged = merge(Some(&base), &theirs, &ours).expect("merge");
    assert_eq!(merged.project, expected);
    // The same through git, with the driver.
    let repo = Repo::with_project(&base);
    let merge = repo.merge_two(&ours, &theirs);
    assert!(merge.status.success(), "{}", text(&merge.stderr));
    assert_eq!(repo.read("project.ron"), expected);
}

#[test]
fn moves_of_different_items_on_both_sides_are_both_kept() {
    let base = sample("hotel-group.ron");
    let ids =
        |p: &Project| -> Vec<String> { p.personas.iter().map(|x| x.id.to_string()).collect() };
    let b = ids(&base);
    // Ours moves the first persona to the end; theirs moves the fourth to the front.
    let mut ours = base.clone();
    let first = ours.personas.remove(0);
    ours.personas.push(first);
    let mut theirs = base.clone();
    let fourth = theirs.personas.remove(3);
    theirs.personas.insert(0, fourth);
    for (x, y) in [(&ours, &theirs), (&theirs, &ours)] {
        let merged = merge(Some(&base), x, y).expect("merge");
        assert!(merged.project.conflicts.is_empty());
        assert_eq!(
            ids(&merged.project),
            [&b[3], &b[1], &b[2], &b[4], &b[0]].map(String::clone),
            "both moves"
        );
    }
    // A move next to the other side's move: each keeps its own neighbours.
    let mut ours = base.clone();
    ours.personas.swap(0, 1);
    let mut theirs = base.clone();
    theirs.personas.swap(2, 3);
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    assert_eq!(
        ids(&merged.project),
        [&b[1], &b[0], &b[3], &b[2], &b[4]].map(String::clone)
    );
    // An item kept after a delete against an edit stays where it was.
    let mut ours = base.clone();
    ours.slides.remove(2);
    let mut theirs = base.clone();
    theirs.slides[2].title = "A better title".into();
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    assert_eq!(merged.project.slides[2].title, "A better title");
}

#[test]
fn both_sides_add_a_touchpoint_to_one_stage_and_both_are_kept() {
    let base = sample("online-shop.ron");
    let repo = Repo::with_project(&base);
    let mut ours = base.clone();
    ours.touchpoints
        .push(new_touchpoint(&base, "tp-ours", "Chat with a stylist"));
    let mut theirs = base.clone();
    theirs
        .touchpoints
        .push(new_touchpoint(&base, "tp-theirs", "Size advice"));
    let merge = repo.merge_two(&ours, &theirs);
    assert!(merge.status.success(), "{}", text(&merge.stderr));
    let merged = repo.read("project.ron");
    let ids: Vec<&str> = merged.touchpoints.iter().map(|t| t.id.as_str()).collect();
    assert!(
        ids.contains(&"tp-ours") && ids.contains(&"tp-theirs"),
        "{ids:?}"
    );
    assert_eq!(merged.touchpoints.len(), base.touchpoints.len() + 2);
}

#[test]
fn the_same_id_added_twice_with_different_content_is_a_conflict() {
    let base = sample("online-shop.ron");
    // Both add a touchpoint under the id its default name gives; theirs puts an effect on it.
    let mut ours = base.clone();
    ours.touchpoints.push(new_touchpoint(
        &base,
        "tp-new-touchpoint",
        "Chat with a stylist",
    ));
    let mut theirs = base.clone();
    theirs
        .touchpoints
        .push(new_touchpoint(&base, "tp-new-touchpoint", "Size advice"));
    theirs.initiatives[0].effects.push(Effect {
        touchpoint: Id::from("tp-new-touchpoint"),
        personas: Vec::new(),
        score_change: 2.0,
        effort_change: 0.0,
    });
    let named = |p: &Project, name: &str| -> Vec<Id> {
        p.touchpoints
            .iter()
            .filter(|t| t.name == name)
            .map(|t| t.id.clone())
            .collect()
    };
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    assert_eq!(merged.new_conflicts, 1, "{:?}", merged.project.conflicts);
    // Both are kept, the other side's under an id of its own, its effect with it.
    let mine = named(&merged.project, "Chat with a stylist");
    let other = named(&merged.project, "Size advice");
    assert_eq!(mine, [Id::from("tp-new-touchpoint")]);
    assert_eq!(other.len(), 1);
    assert_ne!(other[0], mine[0]);
    let effect = merged.project.initiatives[0]
        .effects
        .last()
        .expect("effect");
    assert_eq!(
        effect.touchpoint, other[0],
        "the effect follows its touchpoint"
    );
    // The conflict asks whether they are one, naming this side's.
    let conflict = &merged.project.conflicts[0];
    assert_eq!(
        conflict.path,
        ["touchpoints".to_string(), other[0].to_string()]
    );
    assert!(
        conflict.problem.contains("“Chat with a stylist”"),
        "{}",
        conflict.problem
    );
    let mut clean = merged.project.clone();
    clean.conflicts.clear();
    assert!(validate(&clean).is_empty(), "{:?}", validate(&clean));

    // Without a common version (both added the file), the two are one item against another,
    // never their fields mixed, and both can be kept.
    let merged = merge(None, &ours, &theirs).expect("merge");
    let conflict = merged
        .project
        .conflicts
        .iter()
        .find(|c| c.path == ["touchpoints", "tp-new-touchpoint"])
        .expect("a whole-item conflict");
    assert_eq!(named(&merged.project, "Chat with a stylist").len(), 1);
    let theirs_item = conflict.theirs.as_ref().expect("theirs");
    let both = merge::keep_both(&merged.project, &conflict.path, theirs_item).expect("both");
    assert_eq!(named(&both, "Size advice").len(), 1);
    assert_eq!(named(&both, "Chat with a stylist").len(), 1);
}

#[test]
fn a_score_for_a_persona_the_other_side_deleted_is_a_conflict() {
    let base = sample("hotel-group.ron");
    let mut ours = base.clone();
    let gone = ours.personas.remove(3).id;
    for touchpoint in &mut ours.touchpoints {
        touchpoint.experiences.retain(|e| e.persona != gone);
    }
    for initiative in &mut ours.initiatives {
        for effect in &mut initiative.effects {
            effect.personas.retain(|p| *p != gone);
        }
    }
    for slide in &mut ours.slides {
        if let cx_workbench::model::SlideContent::Plot(spec) = &mut slide.content {
            spec.personas.retain(|p| *p != gone);
            if spec.persona.as_ref() == Some(&gone) {
                spec.persona = None;
            }
        }
    }
    ours.surveys.retain(|w| w.persona.as_ref() != Some(&gone));
    assert!(cx_workbench::model::validate(&ours).is_empty());
    let mut theirs = base.clone();
    // Theirs adds a touchpoint and scores the persona on it.
    let mut added = new_touchpoint(&base, "tp-new", "Late check-out by text");
    added.experiences.push(Experience {
        persona: gone.clone(),
        score: 2.0,
        effort: 5.0,
        reach: 0.3,
        reach_is_default: false,
    });
    theirs.touchpoints.push(added);
    let merged = merge(Some(&base), &ours, &theirs).expect("merge");
    assert!(merged.new_conflicts >= 1);
    let problems = cx_workbench::model::validate(&merged.project);
    assert!(
        problems.iter().any(|p| p
            .describe(cx_workbench::i18n::Lang::En)
            .contains("no persona")),
        "{problems:?}"
    );
    let said = &merged.project.conflicts[0].problem;
    let name = &base.personas[3].name;
    assert!(
        said.contains(&format!(
            "refers to persona “{name}”, which one side deleted"
        )),
        "{said}"
    );
}

#[test]
fn a_criss_cross_history_merges_cleanly() {
    let base = sample("hotel-group.ron");
    let repo = Repo::with_project(&base);
    // Two branches, each merged into the other: two merge bases for the last merge.
    repo.git(&["checkout", "-q", "-b", "a"]);
    let mut a = base.clone();
    rename_persona(&mut a, 0, "Margaret A.");
    repo.write("project.ron", &a);
    repo.commit("a1");
    repo.git(&["checkout", "-q", "main"]);
    let mut b = base.clone();
    b.slides[0].notes = "Welcome, everyone.".into();
    repo.write("project.ron", &b);
    repo.commit("b1");
    repo.git(&["checkout", "-q", "-b", "b", "main"]);
    repo.git(&["merge", "-q", "--no-edit", "a"]);
    repo.git(&["checkout", "-q", "a"]);
    repo.git(&["merge", "-q", "--no-edit", "main"]);
    let mut a2 = repo.read("project.ron");
    a2.scenarios[0].horizon_periods = 48;
    repo.write("project.ron", &a2);
    repo.commit("a2");
    repo.git(&["checkout", "-q", "b"]);
    let mut b2 = repo.read("project.ron");
    rename_persona(&mut b2, 1, "David B.");
    repo.write("project.ron", &b2);
    repo.commit("b2");
    let bases = repo.git(&["merge-base", "--all", "a", "b"]);
    assert_eq!(bases.lines().count(), 2, "a criss-cross: {bases}");
    let merge = repo.run_git(&["merge", "-q", "--no-edit", "a"], true);
    assert!(
        merge.status.success(),
        "{}{}",
        text(&merge.stdout),
        text(&merge.stderr)
    );
    let merged = repo.read("project.ron");
    assert_eq!(merged.personas[0].name, "Margaret A.");
    assert_eq!(merged.personas[1].name, "David B.");
    assert_eq!(merged.slides[0].notes, "Welcome, everyone.");
    assert_eq!(merged.scenarios[0].horizon_periods, 48);
    assert!(merged.conflicts.is_empty());
}

#[test]
fn an_empty_base_is_a_two_way_merge() {
    let base = sample("online-shop.ron");
    let repo = Repo::new();
    let setup = repo.app(&["git-setup"]);
    assert_eq!(setup.status.code(), Some(0));
    repo.commit("setup");
    // Both branches add the same file, each with its own edit.
    repo.git(&["checkout", "-q", "-b", "ours"]);
    let mut ours = base.clone();
    ours.touchpoints
        .push(new_touchpoint(&base, "tp-ours", "Chat with a stylist"));
    repo.write("project.ron", &ours);
    repo.commit("ours adds");
    repo.git(&["checkout", "-q", "main"]);
    let mut theirs = base.clone();
    theirs.meta.description = "Our shop, written by the other half of the team.".into();
    repo.write("project.ron", &theirs);
    repo.commit("theirs adds");
    let merge = repo.run_git(&["merge", "-q", "--no-edit", "ours"], true);
    // Without a base, every difference is a conflict (who is to say which is newer?), but
    // what only one side has is kept, and the file is a project without markers.
    let merged = repo.read("project.ron");
    assert!(
        merged
            .touchpoints
            .iter()
            .any(|t| t.id.as_str() == "tp-ours")
    );
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].path, ["meta", "description"]);
    assert!(!merge.status.success());
    // The command itself, with an empty file as base.
    let dir = tempfile::tempdir().expect("dir");
    let (b, o, t) = (
        dir.path().join("b"),
        dir.path().join("o"),
        dir.path().join("t"),
    );
    std::fs::write(&b, "").expect("write");
    std::fs::write(&o, store::to_ron(&ours).expect("ron")).expect("write");
    std::fs::write(&t, store::to_ron(&ours).expect("ron")).expect("write");
    let same = repo.app(&[
        "merge",
        &b.display().to_string(),
        &o.display().to_string(),
        &t.display().to_string(),
    ]);
    assert_eq!(same.status.code(), Some(0), "{}", text(&same.stderr));
}

#[test]
fn a_ron_file_that_is_no_project_is_merged_as_text() {
    let repo = Repo::with_project(&sample("online-shop.ron"));
    let settings = "(\n    colour: \"blue\",\n    size: 3,\n    shape: \"round\",\n)\n";
    std::fs::write(repo.work().join("other.ron"), settings).expect("write");
    repo.commit("other");
    repo.git(&["checkout", "-q", "-b", "ours"]);
    std::fs::write(
        repo.work().join("other.ron"),
        settings.replace("blue", "green"),
    )
    .expect("write");
    repo.commit("ours");
    repo.git(&["checkout", "-q", "main"]);
    std::fs::write(
        repo.work().join("other.ron"),
        settings.replace("round", "square"),
    )
    .expect("write");
    repo.commit("theirs");
    let merge = repo.run_git(&["merge", "-q", "--no-edit", "ours"], true);
    assert!(merge.status.success(), "{}", text(&merge.stderr));
    let merged = std::fs::read_to_string(repo.work().join("other.ron")).expect("read");
    assert_eq!(
        merged,
        settings.replace("blue", "green").replace("round", "square")
    );
}

#[test]
fn an_unreadable_side_writes_nothing_and_exits_2() {
    let dir = tempfile::tempdir().expect("dir");
    let good = store::to_ron(&sample("online-shop.ron")).expect("ron");
    let (b, o, t) = (
        dir.path().join("b"),
        dir.path().join("o"),
        dir.path().join("t"),
    );
    std::fs::write(&b, &good).expect("write");
    std::fs::write(&o, &good).expect("write");
    let broken = good.replacen("format_version", "<<<<<<< HEAD\nformat_version", 1);
    std::fs::write(&t, &broken).expect("write");
    let output = Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
        .args([
            "merge",
            &b.display().to_string(),
            &o.display().to_string(),
            &t.display().to_string(),
        ])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&o).expect("read"),
        good,
        "ours untouched"
    );
}

#[test]
fn diff_of_a_renamed_persona_prints_that_one_change_and_git_shows_words() {
    let base = sample("hotel-group.ron");
    let repo = Repo::with_project(&base);
    let mut renamed = base.clone();
    rename_persona(&mut renamed, 0, "Margaret Ellis-Hart");
    repo.write("renamed.ron", &renamed);
    let output = repo.app(&["diff", "project.ron", "renamed.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stdout),
        "Personas\n  Persona “Margaret Ellison” renamed “Margaret Ellis-Hart”.\n"
    );
    let same = repo.app(&["diff", "project.ron", "project.ron"]);
    assert_eq!(same.status.code(), Some(0));
    let json = repo.app(&["diff", "--json", "project.ron", "renamed.ron"]);
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(doc["changes"][0]["kind"], "changed");
    assert_eq!(doc["changes"][0]["new"], "Margaret Ellis-Hart");

    // git diff and git log -p read in words.
    repo.write("project.ron", &renamed);
    let diff = repo.git(&["diff"]);
    assert!(
        diff.contains("Persona “Margaret Ellison” renamed “Margaret Ellis-Hart”"),
        "{diff}"
    );
    repo.commit("rename");
    let log = repo.git(&["log", "-p", "-1"]);
    assert!(
        log.contains("+Persona “Margaret Ellis-Hart”: name: “Margaret Ellis-Hart”")
            || log.contains("Margaret Ellis-Hart"),
        "{log}"
    );
    assert!(
        !log.contains("name: \"Margaret"),
        "the RON lines are not what log shows: {log}"
    );
}

#[test]
fn diff_speaks_of_moves_scores_additions_and_horizons() {
    let base = sample("hotel-group.ron");
    let mut new = base.clone();
    let tp = scored_touchpoint(&base, 2);
    experience(&mut new, tp, 2).score = 3.0;
    new.touchpoints[0].stage = base.stages[2].id.clone();
    new.scenarios[0].horizon_periods = 48;
    new.initiatives.push(cx_workbench::model::Initiative {
        id: Id::from("in-booking-flow"),
        name: "Booking flow".into(),
        ..Default::default()
    });
    let names = diff::Names::of(&base, &new, cx_workbench::i18n::Lang::En);
    let sentences: Vec<String> = diff::changes(&base, &new)
        .iter()
        .map(|c| names.sentence(c))
        .collect();
    let want = [
        format!(
            "{} · {}: experience ",
            base.touchpoints[tp].name, base.personas[2].name
        ),
        format!(
            "Touchpoint “{}” moved from {} to {}",
            base.touchpoints[0].name, base.stages[0].name, base.stages[2].name
        ),
        "Initiative “Booking flow” added".to_string(),
        format!("Scenario “{}”: horizon 36 → 48", base.scenarios[0].name),
    ];
    for want in want {
        assert!(
            sentences.iter().any(|s| s.starts_with(&want)),
            "{want} in {sentences:#?}"
        );
    }
}

#[test]
fn diff_of_an_added_file_lists_its_items_not_defaults_and_diff_speaks_of_conflicts() {
    let project = sample("online-shop.ron");
    let repo = Repo::new();
    repo.write("shop.ron", &project);
    let path = repo.work().join("shop.ron");
    let path = path.to_str().expect("path");
    let out = repo.app(&["diff", "/dev/null", path]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(said.contains("Persona “"), "{said}");
    assert!(
        !said.contains("Project: "),
        "the project's name and settings are no change from a default: {said}"
    );
    // A file with a conflict recorded, and one with it resolved.
    let mut ours = project.clone();
    rename_persona(&mut ours, 0, "Ours");
    let mut theirs = project.clone();
    rename_persona(&mut theirs, 0, "Theirs");
    let conflicted = merge(Some(&project), &ours, &theirs)
        .expect("merge")
        .project;
    let names = diff::Names::of(&ours, &conflicted, cx_workbench::i18n::Lang::En);
    let sentences: Vec<String> = diff::changes(&ours, &conflicted)
        .iter()
        .map(|c| names.sentence(c))
        .collect();
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert!(sentences[0].starts_with("To resolve: "), "{sentences:?}");
    assert!(sentences[0].contains("“Theirs”"), "{sentences:?}");
    let listing = diff::listing(&conflicted, cx_workbench::i18n::Lang::En);
    assert!(listing.iter().any(|l| l.starts_with("To resolve: ")));
}

#[test]
fn git_setup_is_idempotent_and_can_be_global() {
    let repo = Repo::new();
    let first = repo.app(&["git-setup"]);
    assert_eq!(first.status.code(), Some(0));
    let second = repo.app(&["git-setup"]);
    assert!(
        text(&second.stdout).contains("already"),
        "{}",
        text(&second.stdout)
    );
    let attributes = std::fs::read_to_string(repo.work().join(".gitattributes")).expect("read");
    assert_eq!(attributes.matches("merge=cx-workbench").count(), 1);
    let global = repo.app(&["git-setup", "--global"]);
    assert_eq!(global.status.code(), Some(0), "{}", text(&global.stderr));
    let user = std::fs::read_to_string(repo.home().join(".config/git/attributes")).expect("read");
    assert!(user.contains("*.ron merge=cx-workbench"));
    let set = repo.git(&["config", "--global", "--get", "merge.cx-workbench.driver"]);
    assert!(set.contains("merge %O %A %B"), "{set}");
    let outside = tempfile::tempdir().expect("dir");
    let mut command = Command::new(env!("CARGO_BIN_EXE_cx-workbench"));
    repo.env(&mut command);
    let lost = command
        .current_dir(outside.path())
        .arg("git-setup")
        .output()
        .expect("runs");
    assert_eq!(lost.status.code(), Some(2), "not a repository");
}

// ---- Properties over random edits of the samples ----

#[derive(Clone, Debug)]
enum Edit {
    RenamePersona(usize, String),
    Score(usize, usize, i8),
    StageOf(usize, usize),
    DropTouchpoint(usize),
    SlideTitle(usize, String),
    Horizon(usize, u32),
    Describe(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..8, "[A-Z][a-z]{2,8}").prop_map(|(i, s)| Edit::RenamePersona(i, s)),
        (0usize..40, 0usize..8, -5i8..=5).prop_map(|(t, p, v)| Edit::Score(t, p, v)),
        (0usize..40, 0usize..6).prop_map(|(t, s)| Edit::StageOf(t, s)),
        (0usize..40).prop_map(Edit::DropTouchpoint),
        (0usize..12, "[A-Z][a-z ]{2,12}").prop_map(|(i, s)| Edit::SlideTitle(i, s)),
        (0usize..6, 1u32..60).prop_map(|(i, h)| Edit::Horizon(i, h)),
        "[A-Z][a-z ]{2,20}".prop_map(Edit::Describe),
    ]
}

/// Applies `edit` to `project`; the item is chosen by its index in `base`, so two sides'
/// edits name the same items whatever the other did.
fn apply(project: &mut Project, base: &Project, edit: &Edit) {
    let touchpoint = |i: usize| base.touchpoints[i % base.touchpoints.len()].id.clone();
    match edit {
        Edit::RenamePersona(i, name) => {
            let id = &base.personas[i % base.personas.len()].id;
            if let Some(p) = project.personas.iter_mut().find(|p| &p.id == id) {
                p.name = name.clone();
            }
        }
        Edit::Score(t, p, v) => {
            let id = touchpoint(*t);
            let persona = &base.personas[p % base.personas.len()].id;
            if let Some(e) = project
                .touchpoints
                .iter_mut()
                .find(|x| x.id == id)
                .and_then(|x| x.experiences.iter_mut().find(|e| &e.persona == persona))
            {
                e.score = f64::from(*v);
            }
        }
        Edit::StageOf(t, s) => {
            let id = touchpoint(*t);
            if let Some(x) = project.touchpoints.iter_mut().find(|x| x.id == id) {
                x.stage = base.stages[s % base.stages.len()].id.clone();
            }
        }
        Edit::DropTouchpoint(t) => {
            let id = touchpoint(*t);
            project.touchpoints.retain(|x| x.id != id);
        }
        Edit::SlideTitle(i, title) => {
            let id = &base.slides[i % base.slides.len()].id;
            if let Some(s) = project.slides.iter_mut().find(|s| &s.id == id) {
                s.title = title.clone();
            }
        }
        Edit::Horizon(i, h) => {
            let id = &base.scenarios[i % base.scenarios.len()].id;
            if let Some(s) = project.scenarios.iter_mut().find(|s| &s.id == id) {
                s.horizon_periods = *h;
            }
        }
        Edit::Describe(text) => project.meta.description = text.clone(),
    }
}

/// The item an edit touches, to keep two sides' edits apart.
fn touches(base: &Project, edit: &Edit) -> String {
    let n = |i: usize, len: usize| i % len;
    match edit {
        Edit::RenamePersona(i, _) => format!("p{}", n(*i, base.personas.len())),
        Edit::Score(t, _, _) | Edit::StageOf(t, _) | Edit::DropTouchpoint(t) => {
            format!("t{}", n(*t, base.touchpoints.len()))
        }
        Edit::SlideTitle(i, _) => format!("s{}", n(*i, base.slides.len())),
        Edit::Horizon(i, _) => format!("c{}", n(*i, base.scenarios.len())),
        Edit::Describe(_) => "meta".into(),
    }
}

fn edited(base: &Project, edits: &[Edit]) -> Project {
    let mut project = base.clone();
    for e in edits {
        apply(&mut project, base, e);
    }
    project
}

fn samples() -> [Project; 2] {
    [sample("hotel-group.ron"), sample("online-shop.ron")]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_changed_one(
        which in 0usize..2,
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        let base = &samples()[which];
        let x = edited(base, &edits);
        let left = merge(Some(base), &x, base).expect("merge");
        prop_assert!(left.project.conflicts.is_empty());
        prop_assert_eq!(&left.project, &x);
        let right = merge(Some(base), base, &x).expect("merge");
        prop_assert!(right.project.conflicts.is_empty());
        prop_assert_eq!(&right.project, &x);
        let both = merge(Some(base), &x, &x).expect("merge");
        prop_assert!(both.project.conflicts.is_empty());
        prop_assert_eq!(&both.project, &x);
    }

    #[test]
    fn a_clean_merge_of_edits_to_different_items_holds_both(
        which in 0usize..2,
        ours in proptest::collection::vec(edit(), 1..5),
        theirs in proptest::collection::vec(edit(), 1..5),
    ) {
        let base = &samples()[which];
        let taken: Vec<String> = ours.iter().map(|e| touches(base, e)).collect();
        let theirs: Vec<Edit> = theirs.into_iter().filter(|e| !taken.contains(&touches(base, e))).collect();
        let (x, y) = (edited(base, &ours), edited(base, &theirs));
        let merged = merge(Some(base), &x, &y).expect("merge");
        let new_problems = merged.new_conflicts;
        prop_assert_eq!(new_problems, 0, "{:?}", merged.project.conflicts);
        let mut all = ours.clone();
        all.extend(theirs);
        prop_assert_eq!(&merged.project, &edited(base, &all));
    }
}

#[test]
fn a_project_with_conflicts_reads_back_as_written() {
    let base = sample("hotel-group.ron");
    let mut ours = base.clone();
    ours.meta.name = "Ours".into();
    ours.personas.remove(0);
    let mut theirs = base.clone();
    theirs.meta.name = "Theirs".into();
    theirs.personas[0].bio = "Changed".into();
    let merged = merge(Some(&base), &ours, &theirs).expect("merge").project;
    assert!(merged.conflicts.len() >= 2);
    let text = store::to_ron(&merged).expect("ron");
    assert!(!text.contains("<<<<<<<"));
    assert_eq!(store::parse(&text).expect("reads"), merged);
}
