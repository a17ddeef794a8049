//! Every plot a project can show, as SVG, PNG and CSV in one folder, with an `index.html`
//! handout (what `cx-workbench export` writes; the command itself is in [`crate::cli`]). Each
//! file is written under a temporary name in the folder and renamed when complete, so a
//! failure never leaves a half-written file under a final name.

use super::{PictureOptions, file_stem};
use crate::charts::describe;
use crate::charts::plot::Plot;
use crate::i18n::{Lang, t};
use crate::model::{Id, Project};
use std::path::Path;

/// Which files to write per plot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formats {
    /// The picture as SVG.
    pub svg: bool,
    /// The picture as PNG.
    pub png: bool,
    /// The numbers as CSV.
    pub csv: bool,
    /// Each persona's journey as a Mermaid `journey` diagram (`journey-NAME.mmd`).
    pub mermaid: bool,
}

impl Default for Formats {
    fn default() -> Self {
        Formats {
            svg: true,
            png: true,
            csv: true,
            mermaid: true,
        }
    }
}

/// What `export` writes.
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    /// Which files per plot.
    pub formats: Formats,
    /// Language of titles and labels; the project's own when `None`.
    pub lang: Option<Lang>,
    /// Only this scenario's plots (and it emphasised in the comparisons).
    pub scenario: Option<Id>,
    /// Size, scale and theme of the pictures.
    pub picture: PictureOptions,
    /// Also the workshop deck, into `deck/` (PNG per slide and a PDF), with the notes placed
    /// so in the PDF; `None`: no deck.
    pub deck: Option<super::deck::NotesPlace>,
}

/// Every plot `project` can show (see [`describe::specs`]), with the engine results computed
/// here; `scenario` limits the per-scenario plots to it and emphasises it.
pub fn plots(project: &Project, scenario: Option<&Id>, lang: Lang) -> Vec<Plot> {
    let mut results = describe::Computed::new(&[]);
    describe::specs(project, scenario)
        .iter()
        .filter_map(|spec| describe::describe_from(project, spec, &mut results, lang))
        .collect()
}

/// One plot's files: `(file name, bytes)`.
type Files = Vec<(String, Vec<u8>)>;

/// Renders the files of `plot` named `stem`.
fn render(plot: &Plot, stem: &str, options: &ExportOptions) -> Result<Files, String> {
    let mut files = Vec::new();
    let svg = super::to_svg(plot, &options.picture);
    if options.formats.png {
        let raster = super::png::rasterise(&svg).map_err(|e| format!("{}: {e}", plot.title))?;
        files.push((format!("{stem}.png"), raster.png));
    }
    if options.formats.svg {
        let file =
            super::travelling(&svg, &plot.title).map_err(|e| format!("{}: {e}", plot.title))?;
        files.push((format!("{stem}.svg"), file.into_bytes()));
    }
    if options.formats.csv {
        files.push((format!("{stem}.csv"), plot.csv().into_bytes()));
    }
    Ok(files)
}

/// Renders every plot on the machine's cores, keeping their order.
fn render_all(plots: &[(String, Plot)], options: &ExportOptions) -> Vec<Result<Files, String>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = plots.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = plots
            .chunks(share)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(stem, plot)| render(plot, stem, options))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec![Err("drawing a plot failed".to_string())])
            })
            .collect()
    })
}

/// Writes `bytes` to `dir/name` through a temporary file in `dir` with an unpredictable name,
/// created afresh (never through a link someone planted), renamed when complete; on failure
/// the temporary file is removed.
pub fn write_atomically(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    crate::store::write_through_temporary(dir, name, bytes)
}

/// [`write_atomically`] with the error as a message naming the file.
fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), String> {
    write_atomically(dir, name, bytes)
        .map_err(|error| format!("cannot write {}: {error}", dir.join(name).display()))
}

/// What [`write`] wrote.
#[derive(Clone, Debug)]
pub struct Written {
    /// How many plots (each in the formats asked for; 0 when no plot format was asked for).
    pub plots: usize,
    /// How many journeys as Mermaid.
    pub journeys: usize,
    /// The deck's folder, when the deck was asked for.
    pub deck: Option<std::path::PathBuf>,
}

/// Why [`write`] stopped.
#[derive(Debug)]
pub enum WriteError {
    /// The folder could not be made.
    Folder(std::io::Error),
    /// A plot or the handout could not be drawn or written.
    Plots(String),
    /// The deck could not be drawn or written (the plots were).
    Deck(String),
}

/// Writes every plot of `project` into `dir` (made first where missing) with the
/// `index.html` handout, and the deck when `options` asks for it.
pub fn write(
    project: &Project,
    dir: &Path,
    options: &ExportOptions,
) -> Result<Written, WriteError> {
    std::fs::create_dir_all(dir).map_err(WriteError::Folder)?;
    let lang = options.lang.unwrap_or(project.meta.language);
    let mut taken = std::collections::HashSet::new();
    let plots: Vec<(String, Plot)> = plots(project, options.scenario.as_ref(), lang)
        .into_iter()
        .map(|plot| (unique_stem(&plot.title, &mut taken), plot))
        .collect();
    let mut written = Vec::new();
    for (files, (stem, plot)) in render_all(&plots, options).into_iter().zip(&plots) {
        files
            .and_then(|files| {
                files
                    .iter()
                    .try_for_each(|(name, bytes)| write_file(dir, name, bytes))
            })
            .map_err(WriteError::Plots)?;
        written.push((stem.as_str(), plot));
    }
    if options.formats.csv && !project.touchpoints.is_empty() {
        let grid = super::grid::touchpoints_csv(project);
        write_file(dir, "touchpoints.csv", grid.as_bytes()).map_err(WriteError::Plots)?;
    }
    let journeys = if options.formats.mermaid {
        write_journeys(project, dir, &mut taken)?
    } else {
        Vec::new()
    };
    let html = index_html(project, &written, &journeys, options.formats, lang);
    write_file(dir, "index.html", html.as_bytes()).map_err(WriteError::Plots)?;
    let deck = match options.deck {
        None => None,
        Some(notes) => {
            let deck = super::deck::DeckOptions {
                lang: Some(lang),
                theme: options.picture.theme,
                notes,
                bands: Vec::new(),
            };
            Some(super::deck::write(project, dir, &deck).map_err(WriteError::Deck)?)
        }
    };
    Ok(Written {
        plots: if options.formats.svg || options.formats.png || options.formats.csv {
            written.len()
        } else {
            0
        },
        journeys: journeys.len(),
        deck,
    })
}

/// A file stem for `title` not in `taken` (adding `-2`, `-3`, …), then taken.
fn unique_stem(title: &str, taken: &mut std::collections::HashSet<String>) -> String {
    let stem = file_stem(title);
    let mut candidate = stem.clone();
    let mut n = 1;
    while !taken.insert(candidate.clone()) {
        n += 1;
        candidate = format!("{stem}-{n}");
    }
    candidate
}

/// The handout: every plot with its title, its picture and links to its files.
/// Each persona's journey as Mermaid, `journey-NAME.mmd`; the files and the personas' names.
fn write_journeys(
    project: &Project,
    dir: &Path,
    taken: &mut std::collections::HashSet<String>,
) -> Result<Vec<(String, String)>, WriteError> {
    let mut written = Vec::new();
    for persona in &project.personas {
        let stem = unique_stem(&format!("journey {}", persona.name), taken);
        let file = format!("{stem}.mmd");
        let text = super::mermaid::journey(project, persona);
        write_file(dir, &file, text.as_bytes()).map_err(WriteError::Plots)?;
        written.push((file, persona.name.clone()));
    }
    Ok(written)
}

fn index_html(
    project: &Project,
    plots: &[(&str, &Plot)],
    journeys: &[(String, String)],
    formats: Formats,
    lang: Lang,
) -> String {
    use crate::layout::escape;
    let heading = t("Plots of {project}", "Grafieken van {project}")
        .fill(lang, &[("project", &project.meta.name)]);
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\nbody {{ font-family: Ubuntu, 'Segoe UI', sans-serif; max-width: 1000px; margin: 2em auto; padding: 0 1em; color: #1f2328; }}\nsection {{ margin: 0 0 3em; page-break-inside: avoid; }}\nimg {{ width: 100%; height: auto; border: 1px solid #ddd; }}\nnav a {{ margin-right: 1.2em; }}\n</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        t("en", "nl").get(lang),
        escape(&heading),
        escape(&heading)
    );
    if !project.meta.organisation.is_empty() {
        html.push_str(&format!("<p>{}</p>\n", escape(&project.meta.organisation)));
    }
    let numbers = t("Numbers (CSV)", "Getallen (CSV)").get(lang);
    for (stem, plot) in plots {
        let title = escape(&plot.title);
        html.push_str(&format!("<section>\n<h2>{title}</h2>\n"));
        let picture = if formats.png {
            Some("png")
        } else if formats.svg {
            Some("svg")
        } else {
            None
        };
        if let Some(extension) = picture {
            html.push_str(&format!(
                "<img src=\"{stem}.{extension}\" alt=\"{title}\">\n"
            ));
        }
        let mut links = Vec::new();
        if formats.svg {
            links.push(format!("<a href=\"{stem}.svg\">SVG</a>"));
        }
        if formats.png {
            links.push(format!("<a href=\"{stem}.png\">PNG</a>"));
        }
        if formats.csv {
            links.push(format!("<a href=\"{stem}.csv\">{numbers}</a>"));
        }
        html.push_str(&format!("<nav>{}</nav>\n</section>\n", links.join(" ")));
    }
    if !journeys.is_empty() {
        let heading = t(
            "The journey as Mermaid, per persona",
            "De klantreis als Mermaid, per persona",
        )
        .get(lang);
        html.push_str(&format!("<section>\n<h2>{}</h2>\n<nav>", escape(heading)));
        let links: Vec<String> = journeys
            .iter()
            .map(|(file, name)| format!("<a href=\"{file}\">{}</a>", escape(name)))
            .collect();
        html.push_str(&links.join(" "));
        html.push_str("</nav>\n</section>\n");
    }
    html.push_str("</body>\n</html>\n");
    html
}
