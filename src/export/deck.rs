//! The workshop deck as handouts, with no window: each slide's [`Scene`] as SVG, one PNG per
//! slide at 1920 × 1080 pixels, and one PDF with a page per slide — the speaker notes under
//! the slide on an A4 page, on a notes page after each slide, or left out. The same scene is
//! what present mode shows, so the handout looks as presented.

use super::png::Raster;
use crate::charts::describe::Computed;
use crate::charts::scenarios::Bands;
use crate::engine::monte_carlo::MonteCarlo;
use crate::i18n::{Lang, t};
use crate::layout::{Theme, escape, wrap};
use crate::model::{AssumptionKey, Id, Project, Slide, catalog};
use crate::slides::{self, Align, CANVAS, Element, PLOT_TEXT_SCALE, Rect, Scene};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Where the PDF puts the speaker notes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NotesPlace {
    /// One A4 page per slide: the slide on top, its notes under it.
    #[default]
    Below,
    /// Two landscape pages per slide: the slide, then a page with its notes.
    Page,
    /// One landscape page per slide, no notes.
    None,
}

/// How the deck is exported.
#[derive(Clone, Debug, PartialEq)]
pub struct DeckOptions {
    /// Language of the slides' own texts (plot labels, headings); the project's when `None`.
    pub lang: Option<Lang>,
    /// Colours (light for print and projectors).
    pub theme: Theme,
    /// Where the notes go in the PDF.
    pub notes: NotesPlace,
    /// Uncertainty bands per scenario, where run (in the app, those on screen): plots that
    /// show them on screen show them on the handouts too.
    pub bands: Vec<(Option<Id>, MonteCarlo)>,
}

impl Default for DeckOptions {
    fn default() -> Self {
        DeckOptions {
            lang: None,
            theme: Theme::LIGHT,
            notes: NotesPlace::Below,
            bands: Vec::new(),
        }
    }
}

/// The folder under the export folder the deck is written into.
pub const DECK_FOLDER: &str = "deck";

/// The PDF's file name.
pub const PDF_NAME: &str = "deck.pdf";

/// The PNG file name of slide `index` (0-based): `slide-01.png`.
pub fn png_name(index: usize) -> String {
    format!("slide-{:02}.png", index + 1)
}

/// The rendered deck: a PNG per slide, in order, and the PDF.
pub struct Deck {
    /// One picture per slide: its size and its PNG (`premultiplied_rgba` is left empty).
    pub slides: Vec<Raster>,
    /// The handout.
    pub pdf: Vec<u8>,
}

/// Every slide's scene, with the engine results computed here, once each (the comparison,
/// and the tornado of each scenario a slide shows one of).
pub fn scenes(project: &Project, lang: Lang, theme: &Theme, bands: Bands) -> Vec<Scene> {
    let mut results = Computed::new(bands);
    project
        .slides
        .iter()
        .map(|slide| slides::scene(project, &mut results, slide, lang, theme))
        .collect()
}

/// The slide `scene` as an SVG document of 1920 × 1080 pixels.
pub fn slide_svg(project: &Project, scene: &Scene, lang: Lang, theme: &Theme) -> String {
    let (width, height) = CANVAS;
    let mut out = document(width, height);
    slide_body(&mut out, project, scene, lang, theme, "s");
    out.push_str("</svg>\n");
    out
}

fn document(width: f32, height: f32) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{}">"#,
        super::svg::FONT_LIST
    )
}

/// The slide's page colour and elements on the canvas, ids prefixed by `id`.
fn slide_body(
    out: &mut String,
    project: &Project,
    scene: &Scene,
    lang: Lang,
    theme: &Theme,
    id: &str,
) {
    let (width, height) = CANVAS;
    let _ = write!(
        out,
        r#"<rect width="{width}" height="{height}" fill="{}"/>"#,
        scene.background.hex()
    );
    for (i, element) in scene.elements.iter().enumerate() {
        match element {
            Element::Text {
                rect,
                text,
                size,
                bold,
                color,
                align,
            } => text_line(out, *rect, text, *size, *bold, color.hex(), *align),
            Element::Box {
                rect,
                fill,
                stroke,
                stroke_width,
                radius,
            } => {
                let fill = fill.map_or("none".to_string(), |c| c.hex());
                let stroke = match stroke {
                    Some(c) if *stroke_width > 0.0 => {
                        format!(r#" stroke="{}" stroke-width="{stroke_width}""#, c.hex())
                    }
                    _ => String::new(),
                };
                // An outline drawn inside the box, so it stays within its rectangle.
                let inset = if stroke.is_empty() {
                    0.0
                } else {
                    stroke_width / 2.0
                };
                let _ = write!(
                    out,
                    r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="{radius}" fill="{fill}"{stroke}/>"#,
                    rect.x + inset,
                    rect.y + inset,
                    (rect.w - 2.0 * inset).max(0.0),
                    (rect.h - 2.0 * inset).max(0.0),
                );
            }
            Element::Plot { rect, plot } => super::svg::plot_into(
                out,
                plot,
                (rect.x, rect.y, rect.w, rect.h),
                PLOT_TEXT_SCALE,
                theme,
                &format!("{id}-plot-{i}"),
            ),
            Element::Picture { rect, persona } => {
                if let Some(persona) = project.persona(persona) {
                    let size = rect.w.min(rect.h);
                    super::avatar::avatar(
                        out,
                        persona,
                        (rect.x, rect.y, size),
                        &format!("{id}-picture-{i}"),
                    );
                }
            }
        }
    }
    for (key, rect) in &scene.sliders {
        slider(out, project, *key, *rect, lang, theme);
    }
}

/// One line of text, vertically centred in `rect`.
fn text_line(
    out: &mut String,
    rect: Rect,
    text: &str,
    size: f32,
    bold: bool,
    color: String,
    align: Align,
) {
    let (x, anchor) = match align {
        Align::Left => (rect.x, "start"),
        Align::Centre => (rect.x + rect.w / 2.0, "middle"),
        Align::Right => (rect.right(), "end"),
    };
    let y = rect.y + rect.h / 2.0 + size * 0.35;
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    let _ = write!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" fill="{color}" text-anchor="{anchor}"{weight}>{}</text>"#,
        escape(text)
    );
}

/// A slider as a handout shows it: the assumption and its value, and where that value sits
/// in its plausible range.
fn slider(
    out: &mut String,
    project: &Project,
    key: AssumptionKey,
    rect: Rect,
    lang: Lang,
    theme: &Theme,
) {
    // The assumption's name whole: smaller where needed, down to the smallest slide text,
    // then on two lines; its value always in full, on the first line.
    let value = slides::slider_value(project, key, lang);
    let label = catalog::assumption_info(key).label.get(lang);
    let room = |size: f32| (rect.w - slides::text_width_px(&value, size, true) - 24.0).max(40.0);
    let mut size = 26.0;
    while size > slides::TEXT_MIN && crate::layout::text_width(label, size) > room(size) {
        size -= 1.0;
    }
    let lines = if crate::layout::text_width(label, size) <= room(size) {
        vec![label.to_string()]
    } else {
        wrap(label, size, room(size), 2)
    };
    for (i, label) in lines.iter().enumerate() {
        let line = Rect::new(
            rect.x,
            rect.y + i as f32 * size * slides::LINE,
            rect.w,
            size * slides::LINE,
        );
        text_line(out, line, label, size, false, theme.text.hex(), Align::Left);
    }
    let line = Rect::new(rect.x, rect.y, rect.w, size * slides::LINE);
    text_line(
        out,
        line,
        &value,
        size,
        true,
        theme.text.hex(),
        Align::Right,
    );
    let info = catalog::assumption_info(key);
    let value = project.assumption_value(key);
    let span = info.high - info.low;
    let share = if span > 0.0 {
        ((value - info.low) / span).clamp(0.0, 1.0) as f32
    } else {
        0.5
    };
    let track_y = rect.y + rect.h - 26.0;
    let knob = 13.0;
    let (left, right) = (rect.x + knob, rect.right() - knob);
    let at = left + (right - left) * share;
    let accent = crate::charts::palette::series(0).hex();
    let _ = write!(
        out,
        r#"<line x1="{left:.1}" y1="{track_y:.1}" x2="{right:.1}" y2="{track_y:.1}" stroke="{}" stroke-width="6" stroke-linecap="round"/><line x1="{left:.1}" y1="{track_y:.1}" x2="{at:.1}" y2="{track_y:.1}" stroke="{accent}" stroke-width="6" stroke-linecap="round"/><circle cx="{at:.1}" cy="{track_y:.1}" r="{knob}" fill="{accent}"/>"#,
        theme.grid.hex()
    );
}

/// An A4 portrait page (1920 × 2715 units): the slide framed at the top, its notes under
/// it, and the page's number at the foot.
fn notes_below_svg(
    project: &Project,
    scene: &Scene,
    slide: &Slide,
    number: (usize, usize),
    lang: Lang,
    theme: &Theme,
) -> String {
    let (width, height) = (CANVAS.0, (CANVAS.0 * 297.0 / 210.0).round());
    let mut out = document(width, height);
    let _ = write!(
        out,
        r#"<rect width="{width}" height="{height}" fill="{}"/>"#,
        theme.background.hex()
    );
    let margin = 120.0;
    let scale = (width - 2.0 * margin) / CANVAS.0;
    let top = 130.0;
    let _ = write!(
        out,
        r#"<g transform="translate({margin} {top}) scale({scale})">"#
    );
    slide_body(&mut out, project, scene, lang, theme, "s");
    out.push_str("</g>");
    let _ = write!(
        out,
        r#"<rect x="{margin}" y="{top}" width="{:.1}" height="{:.1}" fill="none" stroke="{}" stroke-width="2"/>"#,
        CANVAS.0 * scale,
        CANVAS.1 * scale,
        theme.axis.hex()
    );
    let notes_top = top + CANVAS.1 * scale + 70.0;
    notes_text(
        &mut out,
        slide,
        Rect::new(
            margin,
            notes_top,
            width - 2.0 * margin,
            height - notes_top - 150.0,
        ),
        34.0,
        lang,
        theme,
    );
    footer(&mut out, project, number, width, height, theme);
    out.push_str("</svg>\n");
    out
}

/// A landscape page with the slide's title and its notes in large type.
fn notes_page_svg(
    project: &Project,
    slide: &Slide,
    number: (usize, usize),
    lang: Lang,
    theme: &Theme,
) -> String {
    let (width, height) = CANVAS;
    let mut out = document(width, height);
    let _ = write!(
        out,
        r#"<rect width="{width}" height="{height}" fill="{}"/>"#,
        theme.background.hex()
    );
    let margin = slides::MARGIN;
    let size = 46.0;
    let title = wrap(&slide.title, size, (width - 2.0 * margin) / 1.08, 2);
    let mut y = margin * 0.8;
    for line in &title {
        text_line(
            &mut out,
            Rect::new(margin, y, width - 2.0 * margin, size * slides::LINE),
            line,
            size,
            true,
            theme.text.hex(),
            Align::Left,
        );
        y += size * slides::LINE;
    }
    let room = Rect::new(
        margin,
        y + 30.0,
        width - 2.0 * margin,
        height - y - 30.0 - 110.0,
    );
    notes_text(&mut out, slide, room, 38.0, lang, theme);
    footer(&mut out, project, number, width, height, theme);
    out.push_str("</svg>\n");
    out
}

/// "Speaker notes" and the slide's notes, paragraph by paragraph, within `room`.
fn notes_text(out: &mut String, slide: &Slide, room: Rect, size: f32, lang: Lang, theme: &Theme) {
    let heading = t("Speaker notes", "Sprekersnotities").get(lang);
    let line = size * 1.4;
    text_line(
        out,
        Rect::new(room.x, room.y, room.w, line),
        heading,
        size * 0.85,
        true,
        theme.weak.hex(),
        Align::Left,
    );
    let mut y = room.y + line + 10.0;
    let mut left = ((room.bottom() - y) / line).floor().max(0.0) as usize;
    let notes = slide.notes.trim();
    if notes.is_empty() {
        let none = t("No notes for this slide.", "Geen notities bij deze dia.").get(lang);
        text_line(
            out,
            Rect::new(room.x, y, room.w, line),
            none,
            size,
            false,
            theme.weak.hex(),
            Align::Left,
        );
        return;
    }
    for paragraph in notes.split('\n').map(str::trim).filter(|p| !p.is_empty()) {
        if left == 0 {
            break;
        }
        let lines = wrap(paragraph, size, room.w, left);
        left -= lines.len();
        for text in lines {
            text_line(
                out,
                Rect::new(room.x, y, room.w, line),
                &text,
                size,
                false,
                theme.text.hex(),
                Align::Left,
            );
            y += line;
        }
        y += line * 0.4;
    }
}

/// The project's name and "3 / 9" along the foot of a page.
fn footer(
    out: &mut String,
    project: &Project,
    (number, total): (usize, usize),
    width: f32,
    height: f32,
    theme: &Theme,
) {
    let size = 26.0;
    let y = height - 70.0;
    let room = width - 2.0 * 120.0 - 200.0;
    if let Some(name) = wrap(&project.meta.name, size, room, 1).first() {
        text_line(
            out,
            Rect::new(120.0, y, room, size * 1.3),
            name,
            size,
            false,
            theme.weak.hex(),
            Align::Left,
        );
    }
    text_line(
        out,
        Rect::new(width - 120.0 - 200.0, y, 200.0, size * 1.3),
        &format!("{number} / {total}"),
        size,
        false,
        theme.weak.hex(),
        Align::Right,
    );
}

/// A page of the PDF: its SVG and its size in PDF points.
struct PdfPage {
    svg: String,
    points: (f32, f32),
}

/// A4 portrait in points.
const A4: (f32, f32) = (595.28, 841.89);
/// A slide page in points: as wide as A4 landscape, 16:9.
const SLIDE_POINTS: (f32, f32) = (841.89, 841.89 * 9.0 / 16.0);

/// The PDF's pages for the slides, their SVGs already written (`slide_svgs`).
fn pdf_pages(
    project: &Project,
    scenes: &[Scene],
    slide_svgs: &[String],
    options: &DeckOptions,
    lang: Lang,
) -> Vec<PdfPage> {
    let total = project.slides.len();
    let mut pages = Vec::new();
    for (i, ((slide, scene), svg)) in project
        .slides
        .iter()
        .zip(scenes)
        .zip(slide_svgs)
        .enumerate()
    {
        let number = (i + 1, total);
        match options.notes {
            NotesPlace::Below => pages.push(PdfPage {
                svg: notes_below_svg(project, scene, slide, number, lang, &options.theme),
                points: A4,
            }),
            NotesPlace::Page => {
                pages.push(PdfPage {
                    svg: svg.clone(),
                    points: SLIDE_POINTS,
                });
                pages.push(PdfPage {
                    svg: notes_page_svg(project, slide, number, lang, &options.theme),
                    points: SLIDE_POINTS,
                });
            }
            NotesPlace::None => pages.push(PdfPage {
                svg: svg.clone(),
                points: SLIDE_POINTS,
            }),
        }
    }
    pages
}

/// The PDF's pages as the SVG documents they are converted from, in order (the notes where
/// `options` puts them).
pub fn page_svgs(project: &Project, options: &DeckOptions) -> Vec<String> {
    let lang = options.lang.unwrap_or(project.meta.language);
    let scenes = scenes(project, lang, &options.theme, &options.bands);
    let svgs: Vec<String> = scenes
        .iter()
        .map(|scene| slide_svg(project, scene, lang, &options.theme))
        .collect();
    pdf_pages(project, &scenes, &svgs, options, lang)
        .into_iter()
        .map(|page| page.svg)
        .collect()
}

/// Runs `work` on each item on the machine's cores, keeping the order.
fn in_parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = items.len().div_ceil(threads.max(1)).max(1);
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(share)
            .map(|chunk| scope.spawn(move || chunk.iter().map(work).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// Renders the deck of `project`: a PNG per slide and the PDF. The error is a plain sentence.
pub fn render(project: &Project, options: &DeckOptions) -> Result<Deck, String> {
    let lang = options.lang.unwrap_or(project.meta.language);
    let scenes = scenes(project, lang, &options.theme, &options.bands);
    let svgs: Vec<String> = scenes
        .iter()
        .map(|scene| slide_svg(project, scene, lang, &options.theme))
        .collect();
    let pages = pdf_pages(project, &scenes, &svgs, options, lang);
    // Pictures and PDF pages are drawn side by side on the machine's cores.
    enum Job<'a> {
        Png(&'a str),
        Pdf(&'a PdfPage),
    }
    enum Done {
        Png(Result<Raster, String>),
        Pdf(Result<pdf_writer::Chunk, String>, pdf_writer::Ref),
    }
    let mut jobs: Vec<Job> = svgs.iter().map(|svg| Job::Png(svg)).collect();
    jobs.extend(pages.iter().map(Job::Pdf));
    let done = in_parallel(&jobs, |job| match job {
        // Only the PNG is kept: a slide's pixels take 8 MB, and a deck of 500 slides held
        // them all (4.4 GB).
        Job::Png(svg) => Done::Png(super::png::rasterise(svg).map(|mut raster| {
            raster.premultiplied_rgba = Vec::new();
            raster
        })),
        Job::Pdf(page) => match pdf_chunk(&page.svg) {
            Ok((chunk, reference)) => Done::Pdf(Ok(chunk), reference),
            Err(e) => Done::Pdf(Err(e), pdf_writer::Ref::new(1)),
        },
    });
    if done.len() != jobs.len() {
        return Err("drawing a slide failed".to_string());
    }
    let mut slides = Vec::new();
    let mut chunks = Vec::new();
    for (i, result) in done.into_iter().enumerate() {
        match result {
            Done::Png(raster) => slides.push(raster.map_err(|e| format!("slide {}: {e}", i + 1))?),
            Done::Pdf(chunk, reference) => chunks.push((chunk?, reference)),
        }
    }
    let pdf = assemble(project, &pages, chunks);
    Ok(Deck { slides, pdf })
}

/// One page's SVG converted to a PDF form (text kept as text, in the app's font).
fn pdf_chunk(svg: &str) -> Result<(pdf_writer::Chunk, pdf_writer::Ref), String> {
    let tree = super::png::tree(svg)?;
    svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
        .map_err(|e| format!("the handout could not be written as PDF: {e}"))
}

/// The PDF: a page per form, each form scaled to fill its page.
fn assemble(
    project: &Project,
    pages: &[PdfPage],
    chunks: Vec<(pdf_writer::Chunk, pdf_writer::Ref)>,
) -> Vec<u8> {
    use pdf_writer::{Content, Finish, Name, Pdf, Rect as PdfRect, Ref, TextStr};
    let mut next = Ref::new(1);
    let catalog = next.bump();
    let tree = next.bump();
    let info = next.bump();
    let mut page_refs = Vec::new();
    let mut forms = Vec::new();
    let mut renumbered = Vec::new();
    for (chunk, form) in chunks {
        let mut map = std::collections::HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| next.bump()));
        let form = map.get(&form).copied().unwrap_or(form);
        renumbered.push(chunk);
        forms.push(form);
        page_refs.push((next.bump(), next.bump()));
    }
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_refs.iter().map(|(page, _)| *page))
        .count(page_refs.len() as i32);
    let name = Name(b"S1");
    for ((page, content), (form, spec)) in page_refs.iter().zip(forms.iter().zip(pages)) {
        let (w, h) = spec.points;
        let mut writer = pdf.page(*page);
        writer.media_box(PdfRect::new(0.0, 0.0, w, h));
        writer.parent(tree);
        writer.contents(*content);
        writer.resources().x_objects().pair(name, *form);
        writer.finish();
        let mut stream = Content::new();
        stream.transform([w, 0.0, 0.0, h, 0.0, 0.0]).x_object(name);
        pdf.stream(*content, &stream.finish());
    }
    for chunk in &renumbered {
        pdf.extend(chunk);
    }
    pdf.document_info(info)
        .title(TextStr(&project.meta.name))
        .producer(TextStr("CX Workbench"));
    pdf.finish()
}

/// Renders the deck of `project` and writes it into `dir/deck/`: `slide-01.png` … and
/// `deck.pdf`, each under a temporary name renamed when complete. Returns the deck folder.
pub fn write(project: &Project, dir: &Path, options: &DeckOptions) -> Result<PathBuf, String> {
    let lang = options.lang.unwrap_or(project.meta.language);
    if project.slides.is_empty() {
        return Err(t(
            "the project has no slides yet: add them in the Slides workspace",
            "het project heeft nog geen dia's: voeg ze toe in de werkruimte Dia's",
        )
        .get(lang)
        .to_string());
    }
    let deck = render(project, options)?;
    let folder = dir.join(DECK_FOLDER);
    crate::store::create_own_folder(&folder).map_err(|e| {
        if e.kind() == std::io::ErrorKind::PermissionDenied {
            // A planted link, or another user's folder, where the deck's folder goes.
            return t(
                "{folder} is a link or another user's folder: the deck is not written into it",
                "{folder} is een koppeling of de map van een andere gebruiker: de presentatie wordt er niet in geschreven",
            )
            .fill(lang, &[("folder", &folder.display())]);
        }
        t(
            "cannot create the folder {folder}: {error}",
            "kan de map {folder} niet maken: {error}",
        )
        .fill(lang, &[("folder", &folder.display()), ("error", &e)])
    })?;
    let write = |name: &str, bytes: &[u8]| {
        super::run::write_atomically(&folder, name, bytes).map_err(|e| {
            let path = folder.join(name);
            t(
                "cannot write {file}: {error}",
                "kan {file} niet schrijven: {error}",
            )
            .fill(lang, &[("file", &path.display()), ("error", &e)])
        })
    };
    for (i, raster) in deck.slides.iter().enumerate() {
        write(&png_name(i), &raster.png)?;
    }
    write(PDF_NAME, &deck.pdf)?;
    Ok(folder)
}
