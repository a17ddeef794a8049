//! Plots without a window: for every plot kind of both samples the SVG parses and names its
//! title, the PNG decodes at the asked size and is not blank, the CSV is the in-app CSV and
//! agrees with `report --json`; `cx-workbench export` runs with no display and exits 0, 1 or 2.

use cx_workbench::charts::describe::{self, Results};
use cx_workbench::charts::plot::Plot;
use cx_workbench::charts::scenarios::{self, Metric};
use cx_workbench::engine;
use cx_workbench::export::{self, PictureOptions, Theme};
use cx_workbench::i18n::Lang;
use cx_workbench::model::{PlotKind, Project};
use std::path::{Path, PathBuf};
use std::process::Command;

const SAMPLES: [&str; 2] = ["hotel-group", "online-shop"];

fn sample_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("projects/{name}.ron"))
}

fn load(name: &str) -> Project {
    cx_workbench::store::load(&sample_path(name))
        .expect("a sample")
        .project
}

/// Small pictures: the tests stay fast; the default size is checked once.
fn small() -> PictureOptions {
    PictureOptions {
        scale: 0.5,
        ..PictureOptions::default()
    }
}

fn is_blank(rgba: &[u8]) -> bool {
    let first = &rgba[..4];
    rgba.chunks_exact(4).all(|p| p == first)
}

/// One plot of each kind the sample has (the first of each), in both themes in turn.
fn one_of_each(project: &Project, lang: Lang) -> Vec<Plot> {
    let mut seen = Vec::new();
    export::run::plots(project, None, lang)
        .into_iter()
        .filter(|plot| {
            let new = !seen.contains(&plot.spec.kind);
            seen.push(plot.spec.kind);
            new
        })
        .collect()
}

#[test]
fn every_plot_kind_draws_as_svg_and_png() {
    for (i, name) in SAMPLES.iter().enumerate() {
        let project = load(name);
        let lang = project.meta.language;
        let plots = one_of_each(&project, lang);
        assert_eq!(
            plots.len(),
            cx_workbench::model::PlotKind::ALL.len(),
            "{name}: every kind with a picture"
        );
        for (j, plot) in plots.iter().enumerate() {
            let mut options = small();
            if (i + j) % 2 == 1 {
                options.theme = Theme::DARK;
            }
            let svg = export::to_svg(plot, &options);
            let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default());
            assert!(tree.is_ok(), "{name}: {} parses: {tree:?}", plot.title);
            let escaped = cx_workbench::layout::escape(&plot.title);
            assert!(
                svg.contains(&escaped),
                "{name}: the SVG names {:?}",
                plot.title
            );
            let raster = export::to_png(plot, &options).expect("a PNG");
            let decoded = image::load_from_memory(&raster.png).expect("the PNG decodes");
            assert_eq!((decoded.width(), decoded.height()), (400, 250));
            assert!(
                !is_blank(decoded.to_rgba8().as_raw()),
                "{name}: {} is not blank",
                plot.title
            );
        }
    }
}

#[test]
fn an_empty_project_gives_pictures_that_say_so() {
    let project = Project::new("Empty <&>", Lang::Nl);
    let plots = export::run::plots(&project, None, Lang::Nl);
    assert!(!plots.is_empty());
    for plot in &plots {
        let svg = export::to_svg(plot, &small());
        assert!(svg.contains("Nog niets te tonen") || svg.contains("<polyline"));
        let raster = export::to_png(plot, &small()).expect("a PNG");
        assert!(!is_blank(&raster.premultiplied_rgba), "{}", plot.title);
    }
}

#[test]
fn pictures_are_print_size_by_default() {
    let project = load("online-shop");
    let plot = describe::needs(
        &project.personas[0],
        cx_workbench::charts::palette::series(0),
        Lang::Nl,
    );
    let raster = export::to_png(&plot, &PictureOptions::default()).expect("a PNG");
    assert_eq!((raster.width, raster.height), (1600, 1000));
    assert!(!is_blank(&raster.premultiplied_rgba));
}

/// The in-app CSV of the plot the app shows for `spec` (the same charts functions).
fn app_csv(project: &Project, comparison: &engine::Comparison, plot: &Plot) -> String {
    let metric = match plot.spec.kind {
        PlotKind::ActiveLoyalComparison => Metric::ActiveLoyal,
        PlotKind::RevenueComparison => Metric::Revenue,
        PlotKind::ProfitComparison => Metric::CumulativeProfit,
        PlotKind::NpsComparison => Metric::Nps,
        PlotKind::ClvPerPersona => {
            let chart = scenarios::clv_per_persona(project, comparison, project.meta.language);
            return scenarios::grouped_bars_csv(&chart);
        }
        _ => return plot.csv(),
    };
    let chart = scenarios::comparison(
        project,
        comparison,
        metric,
        &[],
        (None, !plot.spec.absolute),
        project.meta.language,
    );
    scenarios::line_chart_csv(&chart)
}

/// The last row of a CSV as numbers (empty cells: `None`).
fn last_row(csv: &str) -> Vec<Option<f64>> {
    let line = csv.lines().last().expect("rows");
    line.split(',').map(|cell| cell.parse().ok()).collect()
}

#[test]
fn csv_files_are_the_app_csv_and_agree_with_the_report() {
    for name in SAMPLES {
        let project = load(name);
        let comparison = engine::compare(&project);
        let report = engine::report::build(&project, None).expect("a report");
        let json: serde_json::Value = serde_json::to_value(&report).expect("the report as JSON");
        let plots = export::run::plots(&project, None, project.meta.language);
        for plot in &plots {
            assert_eq!(
                plot.csv(),
                app_csv(&project, &comparison, plot),
                "{}",
                plot.title
            );
        }
        // The series of the comparisons follow the report's scenarios (the as-is one standing
        // for the baseline where there is one); at the horizon they read the same numbers,
        // less Today's (the comparisons show each scenario against Today).
        let by_kind = |kind| {
            plots
                .iter()
                .find(|p| p.spec.kind == kind)
                .expect("the plot")
        };
        let scenarios = json["scenarios"].as_array().expect("scenarios");
        let today = |field: &str| match field {
            "active_loyal" => json["baseline"]["final_customers"]["active_loyal"].as_f64(),
            _ => json["baseline"][field].as_f64(),
        };
        for (kind, field) in [
            (PlotKind::ActiveLoyalComparison, "active_loyal"),
            (PlotKind::ProfitComparison, "cumulative_profit_pv"),
        ] {
            let row = last_row(&by_kind(kind).csv());
            let values: Vec<f64> = row[1..].iter().map(|v| v.expect("a number")).collect();
            let expected: Vec<f64> = scenarios
                .iter()
                .map(|s| match field {
                    "active_loyal" => s["final_customers"]["active_loyal"].as_f64(),
                    _ => s[field].as_f64(),
                })
                .map(|v| v.expect("a number in the report") - today(field).expect("Today"))
                .collect();
            // Skip the baseline column when the chart has one more series than scenarios.
            let values = &values[values.len() - expected.len()..];
            for (value, expected) in values.iter().zip(&expected) {
                // People are whole people in CSV; money is exact.
                let tolerance = if field == "active_loyal" {
                    0.5
                } else {
                    1e-6 * expected.abs().max(1.0)
                };
                assert!(
                    (value - expected).abs() <= tolerance,
                    "{name} {kind:?}: {value} against the report's {expected}"
                );
            }
        }
    }
}

#[test]
fn the_scenario_option_keeps_one_scenario_and_emphasises_it() {
    let project = load("hotel-group");
    let id = project.scenarios[1].id.clone();
    let plots = export::run::plots(&project, Some(&id), Lang::En);
    let tornados = plots
        .iter()
        .filter(|p| p.spec.kind == PlotKind::Tornado)
        .count();
    assert_eq!(tornados, 1);
    let comparison = plots
        .iter()
        .find(|p| p.spec.kind == PlotKind::ActiveLoyalComparison)
        .expect("a comparison");
    let heavy = comparison
        .marks
        .iter()
        .any(|m| matches!(m, cx_workbench::charts::plot::Mark::Line(l) if l.width >= 4.0));
    assert!(heavy, "the chosen scenario is drawn heavier");
    let none = Results::default();
    let spec = cx_workbench::model::PlotSpec {
        kind: PlotKind::ClvPerPersona,
        ..Default::default()
    };
    assert!(describe::describe(&project, &spec, &none, Lang::En).is_none());
}

/// `cx-workbench export` with no display.
fn export_command(file: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
        .arg("export")
        .arg(file)
        .arg("--out")
        .arg(out)
        .args(["--scale", "0.5"])
        .args(extra)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the command runs")
}

/// Every picture and table index.html links to exists, and no PNG is blank.
fn check_folder(out: &Path) -> usize {
    let index = std::fs::read_to_string(out.join("index.html")).expect("index.html");
    let mut count = 0;
    for link in index.split("href=\"").skip(1) {
        let name = link.split('"').next().expect("a link");
        let path = out.join(name);
        assert!(path.is_file(), "{name} is written");
        if name.ends_with(".png") {
            let picture = image::open(&path).expect("a PNG").to_rgba8();
            assert!(!is_blank(picture.as_raw()), "{name} is not blank");
            count += 1;
        }
    }
    count
}

#[test]
fn export_writes_every_plot_without_a_display() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("handout");
    let result = export_command(&sample_path("online-shop"), &out, &["--lang", "en"]);
    assert_eq!(result.status.code(), Some(0), "{result:?}");
    let pictures = check_folder(&out);
    let project = load("online-shop");
    let expected = describe::specs(&project, None).len();
    assert_eq!(pictures, expected);
    let index = std::fs::read_to_string(out.join("index.html")).expect("index.html");
    assert!(index.contains("<h2>Active-loyal customers per scenario against Today</h2>"));
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .expect("the folder")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[test]
fn export_exits_1_on_validation_problems_and_2_when_it_cannot() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(sample_path("hotel-group")).expect("the sample");
    // An experience of a persona that does not exist is a validation problem, not an
    // unreadable file.
    let broken = text.replacen("(persona: \"p-", "(persona: \"p-nobody-", 1);
    assert_ne!(broken, text);
    let file = dir.path().join("problem.ron");
    std::fs::write(&file, broken).expect("write");
    let out = dir.path().join("out");
    let result = export_command(&file, &out, &["--format", "png,csv"]);
    assert_eq!(result.status.code(), Some(1), "{result:?}");
    assert!(String::from_utf8_lossy(&result.stderr).contains("validation problem"));
    check_folder(&out);
    assert!(
        !std::fs::read_dir(&out)
            .expect("the folder")
            .flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "svg")),
        "only the formats asked for"
    );

    let missing = export_command(&dir.path().join("missing.ron"), &out, &[]);
    assert_eq!(missing.status.code(), Some(2));
    let unknown = export_command(
        &sample_path("hotel-group"),
        &out,
        &["--scenario", "sc-nope"],
    );
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("sc-nope"));

    // A file where the folder should be: nothing can be written there.
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "").expect("write");
    let result = export_command(&sample_path("hotel-group"), &blocked.join("out"), &[]);
    assert_eq!(result.status.code(), Some(2), "{result:?}");
    assert!(!String::from_utf8_lossy(&result.stderr).is_empty());
}

#[test]
fn a_folder_that_cannot_be_written_keeps_no_half_written_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("folder");
    // A folder in the place of one of the files: its rename fails midway through the export.
    let project = load("hotel-group");
    let plots = export::run::plots(&project, None, Lang::En);
    let stem = export::file_stem(&plots[plots.len() / 2].title);
    std::fs::create_dir(out.join(format!("{stem}.png"))).expect("blocker");
    let result = export_command(&sample_path("hotel-group"), &out, &[]);
    assert_eq!(result.status.code(), Some(2), "{result:?}");
    assert!(String::from_utf8_lossy(&result.stderr).contains(&stem));
    for entry in std::fs::read_dir(&out).expect("the folder").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(!name.starts_with('.'), "no temporary file left: {name}");
        assert_ne!(name, "index.html", "no handout for a partial export");
        if entry.path().is_file() {
            let bytes = std::fs::read(entry.path()).expect("read");
            assert!(!bytes.is_empty(), "{name} is complete");
        }
    }
}

/// Root-mean-square difference of two same-sized RGBA pictures, 0 (same) to 1.
fn rmse(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len(), "same size");
    let sum: f64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| (f64::from(*x) - f64::from(*y)).powi(2))
        .sum();
    (sum / a.len() as f64).sqrt() / 255.0
}

#[test]
fn an_exported_svg_looks_the_same_on_a_machine_without_the_apps_fonts() {
    // A renderer with no fonts at all is the hardest case: any text left as text would
    // vanish or change font. The words stay in the file's title and description.
    let no_fonts = resvg::usvg::Options::default();
    for name in SAMPLES {
        let project = load(name);
        let lang = project.meta.language;
        for plot in one_of_each(&project, lang) {
            let options = small();
            let file = export::to_svg_file(&plot, &options).expect("an SVG file");
            assert!(
                !file.contains("<text"),
                "{}: no text left as text",
                plot.title
            );
            let title = format!(
                "<title>{}</title>",
                cx_workbench::layout::escape(&plot.title)
            );
            assert!(file.contains(&title), "{}: titled", plot.title);
            let desc = &file[file.find("<desc>").expect("a description")..];
            for word in plot
                .caption
                .iter()
                .flat_map(|c| c.split_whitespace())
                .take(5)
            {
                let word = cx_workbench::layout::escape(word);
                assert!(desc.contains(&word), "{}: {word} described", plot.title);
            }
            let tree = resvg::usvg::Tree::from_str(&file, &no_fonts).expect("parses");
            let size = tree.size().to_int_size();
            assert_eq!((size.width(), size.height()), (400, 250), "{}", plot.title);
            let mut pixmap = resvg::tiny_skia::Pixmap::new(400, 250).expect("a pixmap");
            resvg::render(&tree, Default::default(), &mut pixmap.as_mut());
            let app = export::to_png(&plot, &options).expect("a PNG");
            let difference = rmse(pixmap.data(), &app.premultiplied_rgba);
            assert!(
                difference < 0.03,
                "{}: {difference:.3} from the app's picture",
                plot.title
            );
        }
    }
}

/// Whether a CSV cell would run as a formula in a spreadsheet: it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return and is not a number.
fn runs_as_formula(cell: &str, decimal: char) -> bool {
    let number = cell.trim().replace(decimal, ".").parse::<f64>().is_ok();
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number
}

#[test]
fn no_csv_cell_runs_as_a_formula_in_a_spreadsheet() {
    let hostile = [
        "=HYPERLINK(\"http://x.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1,2)",
        "\tTab",
        "\rReturn",
    ];
    for name in SAMPLES {
        let mut project = load(name);
        for (persona, text) in project.personas.iter_mut().zip(hostile.iter().cycle()) {
            persona.name = (*text).to_string();
        }
        for (scenario, text) in project
            .scenarios
            .iter_mut()
            .zip(hostile.iter().rev().cycle())
        {
            scenario.name = (*text).to_string();
        }
        for (touchpoint, text) in project.touchpoints.iter_mut().zip(hostile.iter().cycle()) {
            touchpoint.name = (*text).to_string();
        }
        // Every CSV the export writes and "Copy the numbers" copies, in the project's own
        // CSV dialect (semicolons and decimal commas for Dutch) and the neutral one.
        let lang = project.meta.language;
        let dialect = cx_workbench::charts::csv::Dialect::of(lang);
        let plots = export::run::plots(&project, None, lang);
        let mut cells = 0;
        let mut hostile_cells = 0;
        for plot in &plots {
            for (text, separator, decimal) in [
                (plot.csv(), b',', '.'),
                (
                    plot.csv_in(dialect),
                    dialect.separator as u8,
                    dialect.decimal,
                ),
            ] {
                let mut reader = csv::ReaderBuilder::new()
                    .delimiter(separator)
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(text.as_bytes());
                for record in reader.records() {
                    let record = record.expect("a CSV line");
                    for cell in record.iter() {
                        cells += 1;
                        if hostile.iter().any(|h| {
                            cell.contains(h.trim_start_matches(['=', '+', '-', '@', '\t', '\r']))
                        }) {
                            hostile_cells += 1;
                        }
                        assert!(
                            !runs_as_formula(cell, decimal),
                            "{name}: {}: {cell:?} would run as a formula",
                            plot.title
                        );
                    }
                }
            }
        }
        assert!(
            cells > 1000 && hostile_cells > 20,
            "{cells} cells, {hostile_cells} hostile"
        );
    }
    // A real number stays a number, negative or not, in either dialect.
    let dutch = cx_workbench::charts::csv::Dialect::of(Lang::Nl);
    assert_eq!(dutch.field("-1,5"), "-1,5");
    assert_eq!(
        cx_workbench::charts::csv::Dialect::NEUTRAL.field("-1.5"),
        "-1.5"
    );
    assert_eq!(
        cx_workbench::charts::csv::Dialect::NEUTRAL.field("=1+1"),
        "'=1+1"
    );
}

#[test]
fn a_control_character_in_a_name_never_breaks_a_picture_and_is_a_problem() {
    let mut project = load("hotel-group");
    let names = [
        "Margaret\u{b}Ellison",
        "Null\u{0}Byte",
        "Escape\u{1b}[31mRed",
        "Not\u{ffff}a character",
    ];
    for (persona, name) in project.personas.iter_mut().zip(names) {
        persona.name = name.to_string();
    }
    project.touchpoints[0].name = "Form\u{c}feed".into();
    // Validation names each one, with its field.
    let problems = cx_workbench::model::validate(&project);
    let control = problems
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                cx_workbench::model::ProblemKind::ControlCharacter(_)
            )
        })
        .count();
    assert_eq!(control, 4, "{problems:?}");
    // Every picture and deck page still parses as SVG.
    use resvg::usvg;
    let options = usvg::Options::default();
    let lang = project.meta.language;
    for plot in export::run::plots(&project, None, lang) {
        let svg = export::to_svg(&plot, &small());
        usvg::Tree::from_str(&svg, &options).unwrap_or_else(|e| panic!("{}: {e}", plot.title));
        assert!(!svg.contains('\u{b}') && !svg.contains('\u{0}'));
    }
    for (i, page) in export::deck::page_svgs(&project, &export::deck::DeckOptions::default())
        .iter()
        .enumerate()
    {
        usvg::Tree::from_str(page, &options).unwrap_or_else(|e| panic!("page {i}: {e}"));
    }
    // The whole handout is written.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("project.ron");
    std::fs::write(&file, cx_workbench::store::to_ron(&project).expect("ron")).expect("saved");
    let out = dir.path().join("handout");
    let result = export_command(&file, &out, &["--format", "svg,csv"]);
    // Written whole, with a warning about the names (exit 1: validation problems).
    assert_eq!(result.status.code(), Some(1), "{result:?}");
    assert!(String::from_utf8_lossy(&result.stderr).contains("exporting anyway"));
    let html = std::fs::read_to_string(out.join("index.html")).expect("index.html");
    assert!(
        !html
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    );
}

#[test]
fn a_very_long_name_gives_short_file_names_and_the_whole_handout() {
    let mut project = load("online-shop");
    project.personas[0].name = "Gerrit ".repeat(60).trim_end().to_string();
    project.personas[1].name = "Gerrit ".repeat(60).trim_end().to_string() + " the second";
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("project.ron");
    std::fs::write(&file, cx_workbench::store::to_ron(&project).expect("ron")).expect("saved");
    let out = dir.path().join("handout");
    let result = export_command(&file, &out, &["--format", "csv", "--deck"]);
    assert!(result.status.success(), "{result:?}");
    assert!(out.join("index.html").exists());
    assert!(out.join("deck").join("deck.pdf").exists());
    let names: Vec<String> = std::fs::read_dir(&out)
        .expect("the folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| n.len() < 140), "{names:?}");
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len());
}

#[test]
fn export_prints_a_file_name_with_terminal_escapes_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("evil\u{1b}]0;pwned\u{7}.ron");
    std::fs::copy(sample_path("online-shop"), &file).expect("copied");
    let out = dir.path().join("out\u{1b}[2J");
    let result = export_command(&file, &out, &["--format", "csv"]);
    assert!(result.status.success(), "{result:?}");
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{7}'),
        "{stdout:?}"
    );
    assert!(stdout.contains("\\u{1b}"), "{stdout:?}");
}
