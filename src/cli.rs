//! The command line: `cx-workbench [FILE]` opens the app; `check`, `report` and `export` run
//! headless.

use crate::i18n::Lang;
use crate::model::validate;
use crate::store;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

pub mod teamwork;

/// Command-line arguments.
#[derive(Debug, Parser)]
#[command(
    name = "cx-workbench",
    version,
    about = "Customer-experience workbench: personas, 4C and value models, journey touchpoints and loyalty scenarios.",
    long_about = "Customer-experience workbench: personas, 4C and value models, journey touchpoints and loyalty scenarios.\n\nWithout a subcommand it opens the desktop app, on FILE if given.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Project file (.ron) to open in the app.
    pub file: Option<PathBuf>,
    /// Render the app, save a PNG of the window to this path, and exit (for CI and docs).
    #[arg(long, hide = true, value_name = "PNG")]
    pub screenshot: Option<PathBuf>,
    /// Workspace shown by --screenshot, by its name (overview, personas, …; see the F1 help).
    #[arg(long, hide = true, default_value = "overview")]
    pub workspace: String,
    /// With --screenshot: a view (tab) of the workspace, by its name (card, results, …).
    #[arg(long, hide = true)]
    pub view: Option<String>,
    /// With --screenshot: the item to show, by id.
    #[arg(long, hide = true, value_name = "ID")]
    pub select: Option<String>,
    /// With --screenshot: present the deck at this slide (1 is the first), as the room sees it.
    #[arg(long, hide = true, value_name = "N")]
    pub present: Option<usize>,
    /// Print every workspace's name, one a line, and exit (CI takes a screenshot of each).
    #[arg(long, hide = true)]
    pub list_workspaces: bool,
    /// User-interface language for this run: en or nl.
    #[arg(long, hide = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Headless command to run instead of the app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate project files: prints OK or every problem, and exits 0 (valid), 1 (problems)
    /// or 2 (unreadable).
    Check {
        /// Project files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the scenario results (final customers by state, revenue, cumulative profit,
    /// payback period, NPS estimate), CLV per persona under each scenario, the value gaps and
    /// the survey metrics. Exits 0, or 2 when the file cannot be read or the scenario is unknown.
    Report {
        /// Project file.
        file: PathBuf,
        /// Report only this scenario (by id), next to the baseline.
        #[arg(long, value_name = "ID")]
        scenario: Option<String>,
        /// Print JSON (the shape is documented in the README) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write every plot of a project as SVG, PNG and CSV into a folder, with an index.html
    /// handout that shows them all; with --deck also the workshop deck as handouts
    /// (DIR/deck/slide-01.png … at 1920×1080 and DIR/deck/deck.pdf). Needs no display. Exits
    /// 0, 1 when the project has validation problems (the files are written anyway), or 2 when
    /// the file cannot be read, the scenario is unknown, the deck has no slides or the folder
    /// cannot be written.
    Export {
        /// Project file.
        file: PathBuf,
        /// Folder to write into (created when missing; files of the same name are replaced).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Which files to write per plot, comma-separated.
        #[arg(long, value_delimiter = ',', value_enum)]
        format: Vec<Format>,
        /// Language of titles and labels: en or nl (default: the project's language).
        #[arg(long, value_name = "LANG")]
        lang: Option<LangArg>,
        /// Only this scenario's plots (by id), emphasised in the comparisons.
        #[arg(long, value_name = "ID")]
        scenario: Option<String>,
        /// Light pages (for print) or dark (for dark slides).
        #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
        theme: ThemeArg,
        /// Pixels per point: pictures are laid out on 800×500 points, so 2 gives 1600×1000
        /// pixels (print), 1 gives 800×500.
        #[arg(long, default_value_t = 2.0, value_parser = parse_scale)]
        scale: f32,
        /// Also write the workshop deck: one PNG per slide (1920×1080) and one PDF handout,
        /// into DIR/deck/.
        #[arg(long)]
        deck: bool,
        /// Where the deck's PDF puts the speaker notes: below (an A4 page per slide, the notes
        /// under it), page (each slide followed by a page of its notes) or none.
        #[arg(long, value_enum, default_value_t = NotesArg::Below, requires = "deck")]
        notes: NotesArg,
    },
    /// Import survey answers (a survey tool's CSV export) as survey waves, or the touchpoint
    /// grid (touchpoints.csv as export writes it). Survey answers: one wave per persona
    /// found, or one for all customers; columns are given by 1-based number or by header text,
    /// else found by their names. The grid: touchpoints updated by id, rows without an id
    /// added. Prints what it changes, then writes the project (atomically, keeping a .bak).
    /// Exits 0; 1 when rows or cells are bad (they are named and nothing is written; for
    /// survey answers --skip-bad leaves bad rows out); 2 when a file cannot be read or a
    /// column is unknown.
    #[command(group(clap::ArgGroup::new("what").required(true).args(["survey", "touchpoints"])))]
    Import {
        /// Project file (changed in place).
        file: PathBuf,
        /// The survey tool's CSV export.
        #[arg(long, value_name = "CSV")]
        survey: Option<PathBuf>,
        /// The touchpoint grid as CSV (touchpoints.csv).
        #[arg(long, value_name = "CSV", conflicts_with_all = ["nps", "ces", "csat", "persona", "header_rows", "label", "skip_bad"])]
        touchpoints: Option<PathBuf>,
        /// Column of the 0–10 "how likely to recommend" answers.
        #[arg(long, value_name = "COL")]
        nps: Option<String>,
        /// Column of the 1–7 effort (CES) answers.
        #[arg(long, value_name = "COL")]
        ces: Option<String>,
        /// Column of the 1–5 satisfaction (CSAT) answers.
        #[arg(long, value_name = "COL")]
        csat: Option<String>,
        /// Column whose values name personas (by name, first name or id).
        #[arg(long, value_name = "COL")]
        persona: Option<String>,
        /// Header rows (default: found from the file: 3 for Qualtrics, 2 for its legacy
        /// export and SurveyMonkey, else 1).
        #[arg(long, value_name = "N")]
        header_rows: Option<usize>,
        /// Label of the new waves (default: the CSV's file name).
        #[arg(long, value_name = "TEXT")]
        label: Option<String>,
        /// The period the answers cover, e.g. "2026-03 – 2026-05".
        #[arg(long, value_name = "TEXT", default_value = "")]
        period: String,
        /// Leave bad rows out instead of refusing the import.
        #[arg(long)]
        skip_bad: bool,
    },
    /// Start a project file: from a template (a complete project in a sector, to adapt) or
    /// empty. Never overwrites a file. `new --list` shows the templates. Exits 0, or 2 when the
    /// file exists, the template is unknown or the file cannot be written.
    New {
        /// The project file to create.
        #[arg(required_unless_present = "list")]
        file: Option<PathBuf>,
        /// Start from this template (see --list); without it the project is empty.
        #[arg(long, value_name = "NAME")]
        template: Option<String>,
        /// Language of the project: en or nl (default: the system's).
        #[arg(long, value_name = "LANG")]
        lang: Option<LangArg>,
        /// List the templates, one a line: name, then what it is.
        #[arg(long, conflicts_with_all = ["file", "template"])]
        list: bool,
    },
    /// Merge two teammates' versions of a project, both changed from BASE, by stable id and
    /// field by field (git's merge driver: see git-setup). The result goes to OURS (or
    /// --output), written atomically. Different changes to the same field, a delete against
    /// an edit and two items added under one id are conflicts: the file keeps this side's
    /// value there and lists the conflict, with base, ours and theirs, for the app's Resolve
    /// panel and for check (never text markers). An empty BASE is a two-way merge; a file that
    /// is not a project is merged by git merge-file. Exits 0 (clean), 1 (conflicts) or 2 (an
    /// input cannot be read; nothing is written).
    Merge {
        /// The version both sides started from (an empty file when both added it).
        base: PathBuf,
        /// This side's version; the result is written here unless --output is given.
        ours: PathBuf,
        /// The other side's version.
        theirs: PathBuf,
        /// Write the result here instead of OURS.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The file's name in the repository, for messages (git's %P).
        #[arg(long, hide = true, value_name = "NAME")]
        name: Option<String>,
    },
    /// List what changed from OLD to NEW in the project's words, grouped by workspace
    /// ("Persona “Anna” renamed “Anna de Vries”", "Check-in · Claire: experience −2 → +1").
    /// Exits 0 (no changes), 1 (changes) or 2 (a file cannot be read).
    Diff {
        /// The earlier version.
        old: PathBuf,
        /// The later version.
        new: PathBuf,
        /// Print JSON: each change's area, kind, place (field names and item ids), old and new
        /// value, and its sentence.
        #[arg(long)]
        json: bool,
    },
    /// Register the merge driver and the diff for *.ron files with git, in the repository of
    /// the current folder (its .gitattributes and .git/config) or, with --global, for every
    /// repository of this user. Running it again changes nothing. Exits 0, or 2 when git
    /// cannot be run or the folder is in no repository.
    GitSetup {
        /// For every repository of this user (git config --global and the user's attributes
        /// file).
        #[arg(long)]
        global: bool,
    },
    /// git's external diff for projects (set by git-setup): PATH OLD OLD-HEX OLD-MODE NEW
    /// NEW-HEX NEW-MODE.
    #[command(hide = true)]
    GitDiff {
        /// What git passes.
        #[arg(num_args = 1..)]
        args: Vec<PathBuf>,
    },
    /// git's textconv for projects (set by git-setup): the project as lines of words.
    #[command(hide = true)]
    GitTextconv {
        /// The file.
        file: PathBuf,
    },
}

/// `import --touchpoints`: reads the grid CSV at `csv` into the project `file` (see
/// [`crate::export::grid`]). Returns 0, 1 (a bad cell, nothing written) or 2 (unreadable).
pub fn import_touchpoints(
    file: &std::path::Path,
    csv: &std::path::Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (mut escaped_out, mut escaped_err) = (TerminalSafe(out), TerminalSafe(err));
    let (out, err): (&mut dyn Write, &mut dyn Write) = (&mut escaped_out, &mut escaped_err);
    let project = match load_project(file, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let text = match crate::export::grid::read_csv_file(csv, Lang::En) {
        Ok(text) => text,
        Err(reason) => {
            let _ = writeln!(err, "{}: {reason}", csv.display());
            return EXIT_UNREADABLE;
        }
    };
    let (changed, changes) = match crate::export::grid::read_touchpoints(&project, &text, Lang::En)
    {
        Ok(read) => read,
        Err(reason) => {
            let _ = writeln!(err, "{}: {reason}; nothing was imported", csv.display());
            return EXIT_INVALID;
        }
    };
    let _ = writeln!(
        out,
        "{}: {} touchpoints changed, {} added",
        file.display(),
        changes.changed.len(),
        changes.added.len()
    );
    for id in &changes.unknown {
        let _ = writeln!(
            err,
            "{}: no touchpoint with id {id:?} in the project; its row was left out",
            csv.display()
        );
    }
    if changed == project {
        return EXIT_OK;
    }
    match store::save(file, &changed) {
        Ok(_) => EXIT_OK,
        Err(error) => {
            let _ = writeln!(err, "{}", error.message(Lang::En));
            EXIT_UNREADABLE
        }
    }
}

/// What `import --survey` was asked for.
#[derive(Clone, Debug, Default)]
pub struct SurveyImport {
    /// The CSV export.
    pub csv: PathBuf,
    /// Columns by 1-based number or header text: NPS, CES, CSAT, persona.
    pub columns: [Option<String>; 4],
    /// Header rows, when given.
    pub header_rows: Option<usize>,
    /// Label of the new waves.
    pub label: Option<String>,
    /// Period text.
    pub period: String,
    /// Leave bad rows out.
    pub skip_bad: bool,
}

/// `import --survey`: adds the survey waves `request`'s CSV holds to the project `file`,
/// printing what it adds to `out` and problems to `err`. Returns 0, 1 (bad rows, nothing
/// written) or 2 (unreadable file, unknown column, or the project cannot be saved).
pub fn import_survey(
    file: &std::path::Path,
    request: &SurveyImport,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    use crate::model::survey_import::{self, Mapping};
    let (mut escaped_out, mut escaped_err) = (TerminalSafe(out), TerminalSafe(err));
    let (out, err): (&mut dyn Write, &mut dyn Write) = (&mut escaped_out, &mut escaped_err);
    let mut project = match load_project(file, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let csv = request.csv.display();
    let text = match crate::export::grid::read_csv_file(&request.csv, Lang::En) {
        Ok(text) => text,
        Err(reason) => {
            let _ = writeln!(err, "{csv}: {reason}");
            return EXIT_UNREADABLE;
        }
    };
    let header_rows = request
        .header_rows
        .unwrap_or_else(|| survey_import::guess_header_rows(&text));
    let raw = match survey_import::read(&text, header_rows) {
        Ok(raw) => raw,
        Err(reason) => {
            let _ = writeln!(err, "{csv}: {reason}");
            return EXIT_UNREADABLE;
        }
    };
    // A column by 1-based number, or by its header text (exactly, ignoring case).
    let column = |given: &Option<String>| -> Result<Option<usize>, String> {
        let Some(given) = given else { return Ok(None) };
        if let Ok(number) = given.trim().parse::<usize>() {
            return if (1..=raw.columns.len()).contains(&number) {
                Ok(Some(number - 1))
            } else {
                Err(format!(
                    "column {number} does not exist: the file has {} columns",
                    raw.columns.len()
                ))
            };
        }
        raw.columns
            .iter()
            .position(|c| c.trim().eq_ignore_ascii_case(given.trim()))
            .map(Some)
            .ok_or_else(|| format!("no column named {given:?}"))
    };
    let guessed = survey_import::guess_mapping(&raw);
    let given: Result<Vec<Option<usize>>, String> = request.columns.iter().map(column).collect();
    let given = match given {
        Ok(given) => given,
        Err(reason) => {
            let _ = writeln!(err, "{csv}: {reason}");
            return EXIT_UNREADABLE;
        }
    };
    let any_given = given.iter().any(Option::is_some);
    let mapping = if any_given {
        Mapping {
            nps: given[0],
            ces: given[1],
            csat: given[2],
            persona: given[3],
        }
    } else {
        guessed
    };
    if mapping.nps.is_none() && mapping.ces.is_none() && mapping.csat.is_none() {
        let _ = writeln!(
            err,
            "{csv}: no NPS, CES or CSAT column found: name them with --nps, --ces or --csat"
        );
        return EXIT_UNREADABLE;
    }
    let preview = survey_import::preview(&raw, &mapping, &project.personas);
    for bad in &preview.bad {
        let _ = writeln!(
            err,
            "{csv}:{}: {}: {:?} is not a whole number from {} to {}",
            bad.line, bad.column, bad.value, bad.range.0, bad.range.1
        );
    }
    if !preview.bad.is_empty() && !request.skip_bad {
        let _ = writeln!(
            err,
            "{csv}: {} bad rows; nothing was imported (--skip-bad leaves them out)",
            preview.bad.len()
        );
        return EXIT_INVALID;
    }
    let label = request.label.clone().unwrap_or_else(|| {
        request
            .csv
            .file_stem()
            .map_or("Survey".to_string(), |s| s.to_string_lossy().into_owned())
    });
    let taken: Vec<crate::model::Id> = project.surveys.iter().map(|w| w.id.clone()).collect();
    let waves = survey_import::waves(&preview, &label, &request.period, &project.personas, &taken);
    for wave in &waves {
        let metrics = crate::engine::metrics::WaveMetrics::of(wave);
        let nps = metrics
            .nps
            .map_or_else(|| "—".to_string(), |n| format!("{n:+.1}"));
        let answers = wave
            .nps
            .as_ref()
            .map_or(0, |c| c.promoters + c.passives + c.detractors);
        let _ = writeln!(
            out,
            "{}: adds the wave {:?}: NPS {nps} from {answers} answers",
            file.display(),
            wave.label
        );
    }
    if preview.not_answered > 0 {
        let _ = writeln!(
            out,
            "{csv}: {} answers say \"not answered\" (a negative code or N/A) and are not counted",
            preview.not_answered
        );
    }
    project.surveys.extend(waves);
    match store::save(file, &project) {
        Ok(_) => EXIT_OK,
        Err(error) => {
            let _ = writeln!(err, "{}", error.message(Lang::En));
            EXIT_UNREADABLE
        }
    }
}

/// Where the deck's PDF puts the speaker notes, on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum NotesArg {
    /// An A4 page per slide with its notes under it.
    Below,
    /// Each slide on its own page, followed by a page with its notes.
    Page,
    /// One page per slide, without notes.
    None,
}

impl NotesArg {
    /// As the export's option.
    pub fn place(self) -> crate::export::deck::NotesPlace {
        use crate::export::deck::NotesPlace;
        match self {
            NotesArg::Below => NotesPlace::Below,
            NotesArg::Page => NotesPlace::Page,
            NotesArg::None => NotesPlace::None,
        }
    }
}

/// A file format of `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The picture as SVG (text as text).
    Svg,
    /// The picture as PNG.
    Png,
    /// The numbers as CSV.
    Csv,
    /// Each persona's journey as a Mermaid `journey` diagram.
    Mermaid,
}

/// A language on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Dutch.
    Nl,
}

/// A picture theme on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    /// Dark text on white.
    Light,
    /// Light text on dark grey.
    Dark,
}

/// A scale between 0.25 and 8.
fn parse_scale(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(scale) if (0.25..=8.0).contains(&scale) => Ok(scale),
        _ => Err(format!("{text:?} is not a scale between 0.25 and 8")),
    }
}

/// `export`: writes every plot of `file` into `dir`; progress to `out`, problems to `err`.
/// Returns 0, 1 (written, but the project has validation problems) or 2 (unreadable file,
/// unknown scenario, or the folder cannot be written).
pub fn export(
    file: &std::path::Path,
    dir: &std::path::Path,
    options: &crate::export::run::ExportOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    use crate::export::run::WriteError;
    // File names and messages with their control characters shown escaped, never run.
    let (mut escaped_out, mut escaped_err) = (TerminalSafe(out), TerminalSafe(err));
    let (out, err): (&mut dyn Write, &mut dyn Write) = (&mut escaped_out, &mut escaped_err);
    let project = match load_project(file, err) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let problems = validate(&project).len();
    if problems > 0 {
        let _ = writeln!(
            err,
            "{}: warning: {problems} validation problem(s); exporting anyway (run `cx-workbench check` to see them)",
            file.display()
        );
    }
    if let Some(id) = &options.scenario
        && project.scenario(id).is_none()
    {
        let _ = writeln!(
            err,
            "{}: no scenario with id {:?}",
            file.display(),
            id.as_str()
        );
        return EXIT_UNREADABLE;
    }
    let written = match crate::export::run::write(&project, dir, options) {
        Ok(written) => written,
        Err(error) => {
            let message = match error {
                WriteError::Folder(error) => {
                    format!("cannot create the folder {}: {error}", dir.display())
                }
                WriteError::Plots(reason) => reason,
                WriteError::Deck(reason) => format!("{}: the deck: {reason}", file.display()),
            };
            let _ = writeln!(err, "{message}");
            return EXIT_UNREADABLE;
        }
    };
    let journeys = match written.journeys {
        0 => String::new(),
        1 => " and 1 journey as Mermaid".to_string(),
        n => format!(" and {n} journeys as Mermaid"),
    };
    let _ = writeln!(
        out,
        "{}: {} plots{journeys} written to {}",
        file.display(),
        written.plots,
        dir.display()
    );
    if let Some(folder) = written.deck {
        let _ = writeln!(
            out,
            "{}: {} slides written to {} as PNG and {}",
            file.display(),
            project.slides.len(),
            folder.display(),
            crate::export::deck::PDF_NAME
        );
    }
    if problems > 0 { EXIT_INVALID } else { EXIT_OK }
}

/// What `export` was asked for, as the export options.
pub fn export_options(
    format: &[Format],
    lang: Option<LangArg>,
    scenario: Option<String>,
    theme: ThemeArg,
    scale: f32,
) -> crate::export::run::ExportOptions {
    use crate::export::run::{ExportOptions, Formats};
    let formats = if format.is_empty() {
        Formats::default()
    } else {
        Formats {
            svg: format.contains(&Format::Svg),
            png: format.contains(&Format::Png),
            csv: format.contains(&Format::Csv),
            mermaid: format.contains(&Format::Mermaid),
        }
    };
    ExportOptions {
        formats,
        lang: lang.map(|l| match l {
            LangArg::En => Lang::En,
            LangArg::Nl => Lang::Nl,
        }),
        scenario: scenario.map(crate::model::Id::new),
        picture: crate::export::PictureOptions {
            scale,
            theme: match theme {
                ThemeArg::Light => crate::layout::Theme::LIGHT,
                ThemeArg::Dark => crate::layout::Theme::DARK,
            },
            ..Default::default()
        },
        deck: None,
    }
}

/// Exit code: every file valid.
pub const EXIT_OK: i32 = 0;
/// Exit code: a file has validation problems.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: a file could not be read as a project.
pub const EXIT_UNREADABLE: i32 = 2;

/// `report`: writes the report of `file` as text or JSON to `out`, errors to `err`; returns
/// the exit code. Validation problems are reported as a warning: the numbers come anyway.
pub fn report(
    file: &std::path::Path,
    scenario: Option<&str>,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let loaded = match store::load(file) {
        Ok(loaded) => loaded,
        Err(error) => {
            let _ = writeln!(err, "{}", terminal_text(&error.message(Lang::En)));
            return EXIT_UNREADABLE;
        }
    };
    let problems = validate(&loaded.project);
    if !problems.is_empty() {
        let file = file.display();
        for problem in problems.iter().take(REPORT_PROBLEMS_SHOWN) {
            let line = format!("{file}: warning: {}", problem.describe(Lang::En));
            let _ = writeln!(err, "{}", terminal_text(&line));
        }
        let line = format!(
            "{file}: warning: {} validation problem(s); run `cx-workbench check` to see them all",
            problems.len()
        );
        let _ = writeln!(err, "{}", terminal_text(&line));
    }
    let filter = scenario.map(crate::model::Id::from);
    let report = match crate::engine::report::build(&loaded.project, filter.as_ref()) {
        Ok(report) => report,
        Err(error) => {
            let line = format!("{}: {error}", file.display());
            let _ = writeln!(err, "{}", terminal_text(&line));
            return EXIT_UNREADABLE;
        }
    };
    let written = if json {
        serde_json::to_string_pretty(&report)
            .map_err(std::io::Error::other)
            .and_then(|text| writeln!(out, "{text}"))
    } else {
        write!(out, "{}", terminal_text(&report.to_text()))
    };
    match written {
        Ok(()) => EXIT_OK,
        Err(error) => {
            let _ = writeln!(err, "cannot write the report: {error}");
            EXIT_UNREADABLE
        }
    }
}

/// Validation problems `report` lists before its numbers (`check` lists them all).
const REPORT_PROBLEMS_SHOWN: usize = 20;

/// The project at `file`; when it cannot be read, says why on `err` and gives the exit code.
fn load_project(file: &std::path::Path, err: &mut dyn Write) -> Result<crate::model::Project, i32> {
    store::load(file)
        .map(|loaded| loaded.project)
        .map_err(|error| {
            let _ = writeln!(err, "{}", error.message(Lang::En));
            EXIT_UNREADABLE
        })
}

/// A writer that passes text on as [`terminal_text`] makes it safe.
pub(crate) struct TerminalSafe<'a>(&'a mut dyn Write);

impl Write for TerminalSafe<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0.write_all(terminal_text(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// `text` safe to print in a terminal: control characters other than new lines and tabs
/// (escape sequences that could retitle or clear the terminal) are shown escaped, `\u{1b}`.
pub fn terminal_text(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            safe.extend(c.escape_unicode());
        } else {
            safe.push(c);
        }
    }
    safe
}

/// `new`: writes a new project file at `file` from `template` (or empty) in `lang` (default:
/// the system's), never over an existing file; with `list`, prints the templates. Returns 0,
/// or 2 (the file exists, the template is unknown, the file cannot be written).
pub fn new_project(
    file: Option<&std::path::Path>,
    template: Option<&str>,
    lang: Option<LangArg>,
    list: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    use crate::store::templates::{ALL, Template};
    let lang = match lang {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Nl) => Lang::Nl,
        None => sys_locale::get_locale().map_or(Lang::En, |tag| Lang::from_locale(&tag)),
    };
    if list {
        let width = ALL.iter().map(|t| t.name.len()).max().unwrap_or(0);
        for template in ALL {
            let summary = template
                .project(lang)
                .map(|p| Template::summary(&p))
                .unwrap_or_default();
            let _ = writeln!(out, "{:width$}  {summary}", template.name);
        }
        return EXIT_OK;
    }
    let Some(file) = file else {
        let _ = writeln!(err, "name the file to create: cx-workbench new FILE");
        return EXIT_UNREADABLE;
    };
    let project = match template {
        Some(name) => match Template::named(name) {
            Some(template) => match template.project(lang) {
                Ok(project) => project,
                Err(error) => {
                    let _ = writeln!(
                        err,
                        "the template {name} cannot be read: {}",
                        error.message(Lang::En)
                    );
                    return EXIT_UNREADABLE;
                }
            },
            None => {
                let names: Vec<&str> = ALL.iter().map(|t| t.name).collect();
                let _ = writeln!(
                    err,
                    "no template named {name:?}; there are: {}",
                    names.join(", ")
                );
                return EXIT_UNREADABLE;
            }
        },
        None => {
            let name = file.file_stem().map_or_else(
                || "Project".to_string(),
                |s| s.to_string_lossy().into_owned(),
            );
            crate::model::Project::new(&name, lang)
        }
    };
    let shown = terminal_text(&file.display().to_string());
    match store::save_new(file, &project) {
        Ok(()) => {
            let _ = writeln!(
                out,
                "{shown}: {} personas, {} stages, {} touchpoints, {} slides. Open it with: cx-workbench {shown}",
                project.personas.len(),
                project.stages.len(),
                project.touchpoints.len(),
                project.slides.len()
            );
            EXIT_OK
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            let _ = writeln!(
                err,
                "{shown} exists already; nothing was written (choose another name)"
            );
            EXIT_UNREADABLE
        }
        Err(error) => {
            let _ = writeln!(err, "{shown}: {error}; nothing was written");
            EXIT_UNREADABLE
        }
    }
}

/// `check`: validates each file, writes `FILE: OK` to `out` or each problem to `err`, and
/// returns the exit code (the worst over all files).
pub fn check(files: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut code = EXIT_OK;
    for path in files {
        let file = path.display();
        match store::load(path) {
            Err(error) => {
                let _ = writeln!(err, "{}", terminal_text(&error.message(Lang::En)));
                code = code.max(EXIT_UNREADABLE);
            }
            Ok(loaded) => {
                let problems = validate(&loaded.project);
                // Pictures are decoded here (with limits), not in every validation while typing.
                let pictures = store::picture::picture_problems(&loaded.project);
                if problems.is_empty() && pictures.is_empty() {
                    let _ = writeln!(out, "{}", terminal_text(&format!("{file}: OK")));
                } else {
                    for problem in &problems {
                        let line = format!("{file}: {}", problem.describe(Lang::En));
                        let _ = writeln!(err, "{}", terminal_text(&line));
                    }
                    for (path, error) in &pictures {
                        let line = format!(
                            "{file}: {path}: the picture cannot be shown: {}",
                            error.message(Lang::En)
                        );
                        let _ = writeln!(err, "{}", terminal_text(&line));
                    }
                    let count = problems.len() + pictures.len();
                    let noun = if count == 1 { "problem" } else { "problems" };
                    let _ = writeln!(err, "{file}: {count} {noun}");
                    code = code.max(EXIT_INVALID);
                }
            }
        }
    }
    code
}
