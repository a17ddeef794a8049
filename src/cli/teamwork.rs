//! Teamwork on one file: `merge` (git's merge driver by stable id), `diff` (what changed, in
//! the project's words, also as git's external diff and textconv) and `git-setup`.

use super::{EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, TerminalSafe};
use crate::i18n::{Lang, t};
use crate::model::diff::{self, Names};
use crate::model::{Project, merge};
use crate::store;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The name the merge driver and the diff are registered under.
pub const DRIVER: &str = "cx-workbench";
/// The line `git-setup` puts in `.gitattributes`.
pub const ATTRIBUTES_LINE: &str = "*.ron merge=cx-workbench diff=cx-workbench";

/// How a file given to `merge` or `diff` reads.
enum Side {
    /// A project.
    Project(Box<Project>),
    /// Empty: the file did not exist on that side (git gives an empty file).
    Empty,
    /// Not a CX Workbench project: another RON file in the repository.
    Other,
}

/// Reads `path` for a merge or diff. A file that looks like a project but cannot be read is an
/// error (the message says why).
fn read_side(path: &Path) -> Result<Side, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Side::Empty);
    }
    match store::parse_bytes(&bytes) {
        Ok(project) => Ok(Side::Project(Box::new(project))),
        Err(error) => {
            let text = String::from_utf8_lossy(&bytes);
            let looks_like_project = text.contains("format_version") && text.contains("meta");
            if looks_like_project {
                let file = store::FileError {
                    path: path.to_path_buf(),
                    error,
                };
                Err(file.message(Lang::En))
            } else {
                Ok(Side::Other)
            }
        }
    }
}

/// `merge BASE OURS THEIRS [--output FILE]`: a three-way merge by stable id, written to
/// `output` (default: OURS, as git expects). Returns 0 (clean), 1 (conflicts, recorded in the
/// file) or 2 (an input cannot be read; nothing written).
pub fn merge_files(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: Option<&Path>,
    name: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (mut safe_out, mut safe_err) = (TerminalSafe(out), TerminalSafe(err));
    let (out, err): (&mut dyn Write, &mut dyn Write) = (&mut safe_out, &mut safe_err);
    let target = output.unwrap_or(ours);
    // Reading is most of a merge's time: the three files are read side by side.
    let sides: Result<Vec<Side>, String> = std::thread::scope(|scope| {
        let readers: Vec<_> = [base, ours, theirs]
            .into_iter()
            .map(|p| scope.spawn(move || read_side(p)))
            .collect();
        readers
            .into_iter()
            .map(|r| {
                r.join()
                    .unwrap_or_else(|_| Err("a file could not be read".into()))
            })
            .collect()
    });
    let sides = match sides {
        Ok(sides) => sides,
        Err(reason) => {
            let _ = writeln!(err, "{reason}; nothing was merged");
            return EXIT_UNREADABLE;
        }
    };
    let [b, o, th] = <[Side; 3]>::try_from(sides).unwrap_or_else(|_| unreachable!());
    let (o, theirs_project) = match (o, th) {
        (Side::Project(o), Side::Project(th)) => (o, th),
        (Side::Other, _) | (_, Side::Other) => {
            return merge_as_text(base, ours, theirs, output, err);
        }
        _ => {
            let _ = writeln!(
                err,
                "one side is empty: a deleted project cannot be merged with an edited one; nothing was merged"
            );
            return EXIT_UNREADABLE;
        }
    };
    let base = match b {
        Side::Project(b) => Some(b),
        Side::Empty => None,
        Side::Other => return merge_as_text(base, ours, theirs, output, err),
    };
    let merged = match merge::merge(base.as_deref(), &o, &theirs_project) {
        Ok(merged) => merged,
        Err(merge::MergeError(reason)) => {
            let _ = writeln!(
                err,
                "the two versions cannot be merged: {reason}; nothing was merged"
            );
            return EXIT_UNREADABLE;
        }
    };
    if let Err(error) = store::save_without_backup(target, &merged.project) {
        let _ = writeln!(err, "{}", error.message(Lang::En));
        return EXIT_UNREADABLE;
    }
    let lang = merged.project.meta.language;
    let file = name.map_or_else(|| target.display().to_string(), str::to_string);
    if merged.project.conflicts.is_empty() {
        let changes = merged.taken;
        let _ = writeln!(
            out,
            "{file}: {}",
            t(
                "merged cleanly ({changes} from the other side)",
                "zonder conflicten samengevoegd ({changes} van de andere kant)"
            )
            .fill(
                lang,
                &[(
                    "changes",
                    &if changes == 1 {
                        t("1 change", "1 wijziging").get(lang).to_string()
                    } else {
                        t("{n} changes", "{n} wijzigingen").fill(lang, &[("n", &changes)])
                    }
                )]
            )
        );
        return EXIT_OK;
    }
    let names = Names::of(&theirs_project, &o, lang);
    for conflict in &merged.project.conflicts {
        let _ = writeln!(err, "{file}: {}", names.conflict(conflict));
    }
    let count = merged.project.conflicts.len();
    let _ = writeln!(
        err,
        "{file}: {}",
        t(
            "conflicts to decide: {count}; the file holds this side's values there (an item changed on one side and deleted on the other is kept) and opens in the app, which lists them to resolve",
            "conflicten te beslissen: {count}; het bestand houdt daar de waarden van deze kant (een onderdeel dat aan de ene kant gewijzigd en aan de andere verwijderd is, blijft staan) en opent in de app, die ze laat oplossen"
        )
        .fill(lang, &[("count", &count)])
    );
    EXIT_INVALID
}

/// A file that is not a project is merged as text by git's own `merge-file`.
fn merge_as_text(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: Option<&Path>,
    err: &mut dyn Write,
) -> i32 {
    let mut command = Command::new("git");
    command.arg("merge-file");
    if output.is_some() {
        command.arg("-p");
    }
    command.arg(ours).arg(base).arg(theirs);
    let result = command.output();
    match result {
        Ok(done) => {
            if let Some(output) = output
                && let Err(e) = std::fs::write(output, &done.stdout)
            {
                let _ = writeln!(err, "{}: {e}", output.display());
                return EXIT_UNREADABLE;
            }
            match done.status.code() {
                Some(0) => EXIT_OK,
                Some(n) if (1..=127).contains(&n) => EXIT_INVALID,
                _ => {
                    let _ = err.write_all(&done.stderr);
                    EXIT_UNREADABLE
                }
            }
        }
        Err(e) => {
            let _ = writeln!(
                err,
                "{} is not a CX Workbench project, and git merge-file could not be run to merge it as text: {e}",
                ours.display()
            );
            EXIT_UNREADABLE
        }
    }
}

/// A project read for `diff`; a missing side (`/dev/null`, empty) is an empty project.
fn read_for_diff(path: &Path, other_lang: Option<Lang>) -> Result<Option<Project>, String> {
    match read_side(path)? {
        Side::Project(p) => Ok(Some(*p)),
        Side::Empty => Ok(Some(empty_like(other_lang))),
        Side::Other => Ok(None),
    }
}

fn empty_like(lang: Option<Lang>) -> Project {
    let mut empty = Project::new("", lang.unwrap_or_default());
    empty.stages.clear();
    empty.assumptions.clear();
    empty
}

/// `diff OLD NEW [--json]`: what changed, in the project's words, grouped by workspace.
/// Returns 0 (no changes), 1 (changes) or 2 (a file cannot be read).
pub fn diff_files(
    old: &Path,
    new: &Path,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (mut safe_out, mut safe_err) = (TerminalSafe(out), TerminalSafe(err));
    let (out, err): (&mut dyn Write, &mut dyn Write) = (&mut safe_out, &mut safe_err);
    let (a, b) = match read_pair(old, new) {
        Ok(Some(pair)) => pair,
        Ok(None) => {
            let which = if matches!(read_side(old), Ok(Side::Other)) {
                old
            } else {
                new
            };
            let _ = writeln!(err, "{}: not a CX Workbench project", which.display());
            return EXIT_UNREADABLE;
        }
        Err(reason) => {
            let _ = writeln!(err, "{reason}");
            return EXIT_UNREADABLE;
        }
    };
    let lang = b.meta.language;
    let changes = diff::changes(&a, &b);
    let names = Names::of(&a, &b, lang);
    if json {
        let list: Vec<serde_json::Value> = changes
            .iter()
            .map(|change| {
                serde_json::json!({
                    "area": format!("{:?}", diff::Area::of(&change.path)).to_lowercase(),
                    "kind": format!("{:?}", change.kind).to_lowercase(),
                    "path": change.path,
                    "old": change.old,
                    "new": change.new,
                    "text": names.sentence(change),
                })
            })
            .collect();
        let doc = serde_json::json!({ "changes": list });
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        );
    } else {
        write_grouped(&changes, &names, lang, out);
    }
    if changes.is_empty() {
        EXIT_OK
    } else {
        EXIT_INVALID
    }
}

fn read_pair(old: &Path, new: &Path) -> Result<Option<(Project, Project)>, String> {
    // Both read side by side; the side that exists gives an empty side its language.
    let (a, b) = std::thread::scope(|scope| {
        let a = scope.spawn(|| read_for_diff(old, None));
        let b = read_for_diff(new, None);
        (
            a.join()
                .unwrap_or_else(|_| Err("a file could not be read".into())),
            b,
        )
    });
    let (Some(mut a), Some(mut b)) = (a?, b?) else {
        return Ok(None);
    };
    // A side that is missing (a file added or deleted) takes the other's name and settings,
    // so the diff lists what the file holds, not its defaults.
    let empty = empty_like(None);
    if a == empty {
        (a.meta, a.settings) = (b.meta.clone(), b.settings.clone());
    } else if b == empty {
        (b.meta, b.settings) = (a.meta.clone(), a.settings.clone());
    }
    Ok(Some((a, b)))
}

fn write_grouped(changes: &[diff::Change], names: &Names, lang: Lang, out: &mut dyn Write) {
    if changes.is_empty() {
        let _ = writeln!(out, "{}", t("No changes.", "Geen wijzigingen.").get(lang));
        return;
    }
    for (area, list) in diff::grouped(changes, names) {
        let _ = writeln!(out, "{}", area.label(lang));
        for (sentence, _) in list {
            let _ = writeln!(out, "  {sentence}.");
        }
    }
}

/// git's external diff (`diff.cx-workbench.command`): `PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX
/// NEW-MODE`. Prints the changes in words; a file that is not a project as a plain diff.
/// Always returns 0, as git stops at anything else.
pub fn git_external_diff(args: &[PathBuf], out: &mut dyn Write) -> i32 {
    let mut safe = TerminalSafe(out);
    let out: &mut dyn Write = &mut safe;
    let (Some(path), Some(old), Some(new)) = (args.first(), args.get(1), args.get(4)) else {
        // git names a file it could not merge with no versions to compare.
        match args {
            [path] => {
                let _ = writeln!(out, "{}: not merged yet", path.display());
            }
            _ => {
                let _ = writeln!(out, "cx-workbench git-diff: git gives 7 arguments");
            }
        }
        return EXIT_OK;
    };
    let _ = writeln!(out, "cx-workbench diff a/{0} b/{0}", path.display());
    match read_pair(old, new) {
        Ok(Some((a, b))) => {
            let lang = b.meta.language;
            let changes = diff::changes(&a, &b);
            write_grouped(&changes, &Names::of(&a, &b, lang), lang, out);
        }
        Ok(None) => {
            let done = Command::new("git")
                .args(["diff", "--no-index", "--no-ext-diff", "--no-color", "--"])
                .arg(old)
                .arg(new)
                .output();
            if let Ok(done) = done {
                let _ = out.write_all(&done.stdout);
            }
        }
        Err(reason) => {
            let _ = writeln!(out, "{reason}");
        }
    }
    EXIT_OK
}

/// git's textconv (`diff.cx-workbench.textconv`): the project as lines of words, so `git log
/// -p` reads as what changed. A file that is not a project is printed as it is.
pub fn git_textconv(file: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match read_side(file) {
        Ok(Side::Project(project)) => {
            let mut safe = TerminalSafe(out);
            for line in diff::listing(&project, project.meta.language) {
                let _ = writeln!(safe, "{line}");
            }
            EXIT_OK
        }
        Ok(Side::Empty) => EXIT_OK,
        Ok(Side::Other) => match std::fs::read(file) {
            Ok(bytes) => {
                let _ = out.write_all(&bytes);
                EXIT_OK
            }
            Err(e) => {
                let _ = writeln!(err, "{}: {e}", file.display());
                EXIT_UNREADABLE
            }
        },
        Err(reason) => {
            let _ = writeln!(err, "{reason}");
            EXIT_UNREADABLE
        }
    }
}

/// The program as git should call it: this binary's absolute path, quoted for the shell.
fn this_program() -> String {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| p.canonicalize().ok())
        .map_or_else(|| "cx-workbench".to_string(), |p| p.display().to_string());
    format!("'{}'", exe.replace('\'', r"'\''"))
}

/// The git settings `git-setup` makes: (key, value).
pub fn git_settings() -> Vec<(&'static str, String)> {
    let program = this_program();
    vec![
        (
            "merge.cx-workbench.name",
            "CX Workbench: merge projects by id".to_string(),
        ),
        (
            "merge.cx-workbench.driver",
            format!("{program} merge %O %A %B --name %P"),
        ),
        ("diff.cx-workbench.command", format!("{program} git-diff")),
        (
            "diff.cx-workbench.textconv",
            format!("{program} git-textconv"),
        ),
    ]
}

fn git(dir: Option<&Path>, args: &[&str]) -> std::io::Result<std::process::Output> {
    let mut command = Command::new("git");
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    command.args(args).output()
}

/// `git-setup [--global]`: registers the merge driver and the diff for `*.ron` in the
/// repository of the current folder (or for every repository of this user), idempotently,
/// and says what it did. Returns 0, or 2 when git cannot be run or this is no repository.
pub fn git_setup(global: bool, dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let scope = if global { "--global" } else { "--local" };
    let attributes = if global {
        global_attributes_file(dir)
    } else {
        match git(Some(dir), &["rev-parse", "--show-toplevel"]) {
            Ok(done) if done.status.success() => {
                let top = String::from_utf8_lossy(&done.stdout).trim().to_string();
                Some(PathBuf::from(top).join(".gitattributes"))
            }
            Ok(_) => {
                let _ = writeln!(
                    err,
                    "{} is not in a git repository: run git-setup inside one, or use --global",
                    dir.display()
                );
                return EXIT_UNREADABLE;
            }
            Err(e) => {
                let _ = writeln!(err, "git could not be run: {e}");
                return EXIT_UNREADABLE;
            }
        }
    };
    for (key, value) in git_settings() {
        let now = git(Some(dir), &["config", scope, "--get", key])
            .ok()
            .filter(|d| d.status.success())
            .map(|d| String::from_utf8_lossy(&d.stdout).trim_end().to_string());
        if now.as_deref() == Some(value.as_str()) {
            let _ = writeln!(out, "{key} was already set");
            continue;
        }
        match git(Some(dir), &["config", scope, key, &value]) {
            Ok(done) if done.status.success() => {
                let _ = writeln!(out, "set {key} = {value}");
            }
            Ok(done) => {
                let _ = writeln!(
                    err,
                    "git config {key} failed: {}",
                    String::from_utf8_lossy(&done.stderr).trim()
                );
                return EXIT_UNREADABLE;
            }
            Err(e) => {
                let _ = writeln!(err, "git could not be run: {e}");
                return EXIT_UNREADABLE;
            }
        }
    }
    let Some(attributes) = attributes else {
        let _ = writeln!(
            err,
            "no place for git's attributes file was found (HOME is not set)"
        );
        return EXIT_UNREADABLE;
    };
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    if existing.lines().any(|line| line.trim() == ATTRIBUTES_LINE) {
        let _ = writeln!(
            out,
            "{} already has: {ATTRIBUTES_LINE}",
            attributes.display()
        );
    } else {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(ATTRIBUTES_LINE);
        text.push('\n');
        if let Some(folder) = attributes.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        if let Err(e) = std::fs::write(&attributes, text) {
            let _ = writeln!(err, "{}: {e}", attributes.display());
            return EXIT_UNREADABLE;
        }
        let _ = writeln!(out, "added to {}: {ATTRIBUTES_LINE}", attributes.display());
    }
    if !global {
        let _ = writeln!(
            out,
            "Commit .gitattributes, so every clone merges projects by id; each teammate runs \
             `cx-workbench git-setup` once in their clone (git does not copy these settings)."
        );
    }
    EXIT_OK
}

/// The user's git attributes file: `core.attributesFile`, else git's default place.
fn global_attributes_file(dir: &Path) -> Option<PathBuf> {
    if let Ok(done) = git(
        Some(dir),
        &["config", "--global", "--get", "core.attributesFile"],
    ) && done.status.success()
    {
        let path = String::from_utf8_lossy(&done.stdout).trim().to_string();
        if let Some(rest) = path.strip_prefix("~/") {
            return std::env::var_os("HOME").map(|home| PathBuf::from(home).join(rest));
        }
        return Some(PathBuf::from(path));
    }
    match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        Some(config) => Some(PathBuf::from(config).join("git").join("attributes")),
        None => std::env::var_os("HOME").map(|home| {
            PathBuf::from(home)
                .join(".config")
                .join("git")
                .join("attributes")
        }),
    }
}
