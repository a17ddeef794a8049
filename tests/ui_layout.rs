//! The layout check of the window: every registered workspace and view of both samples, in
//! both languages, on a 1600×1000 screen and on a projector (1280×720 at zoom 1.3 and 1.5),
//! in the light and the dark theme, read from the shapes egui paints and from the controls it
//! reports to screen readers. It fails, naming the view, the texts and their rectangles, when
//! two texts overlap, a text is cut at the side of the area it is drawn in, a box painted
//! later covers a text, or two controls overlap.
//!
//! Text may end in "…" where the whole of it shows on hover: egui's truncated labels (list
//! rows, stage names on the map, names in the scoring grid, long legend entries) all do.
//!
//! Themes change colours, not places: each size and language runs in one theme, and both
//! themes run on every size.
//!
//! The same check runs on every slide of both samples as the room sees it (present mode,
//! full screen on a projector and on a 1600×1000 display), and on the side panel of teamwork
//! (a merge's conflicts to resolve, and what changed since the version on disk).

mod common;

use common::{Fixture, sample_path};
use cx_workbench::app::Theme;
use cx_workbench::i18n::Lang;
use cx_workbench::ui::Workspace;
use egui::epaint::{ClippedShape, Shape};
use egui::{Rect, Vec2};
use egui_kittest::kittest::{NodeT as _, Queryable};

/// One text as painted: its words, where it is, the area it may show in, and when it was
/// painted (its place in the frame's shapes).
struct Painted {
    words: String,
    rect: Rect,
    clip: Rect,
    order: usize,
}

/// A filled box as painted (a card, a panel, a window, a plot frame's background).
struct Filled {
    rect: Rect,
    order: usize,
}

/// The filled boxes of a frame, in paint order, as far as they show.
fn filled(shapes: &[ClippedShape]) -> Vec<Filled> {
    fn walk(shape: &Shape, clip: Rect, order: usize, out: &mut Vec<Filled>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, clip, order, out)),
            Shape::Rect(r) if r.fill.a() > 200 => {
                let rect = r.rect.intersect(clip);
                if rect.is_positive() {
                    out.push(Filled { rect, order });
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (order, clipped) in shapes.iter().enumerate() {
        walk(&clipped.shape, clipped.clip_rect, order, &mut out);
    }
    out
}

fn collect(shape: &Shape, clip: Rect, order: usize, out: &mut Vec<Painted>) {
    match shape {
        Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, clip, order, out)),
        Shape::Text(text) => {
            // Each row by its glyphs: a paragraph's first-line indent (where a list draws
            // its bullet) is not text.
            for row in &text.galley.rows {
                let glyphs = &row.glyphs;
                let (Some(first), Some(last)) = (glyphs.first(), glyphs.last()) else {
                    continue;
                };
                let words: String = glyphs.iter().map(|g| g.chr).collect();
                let words = words.trim().to_string();
                let local = Rect::from_min_max(
                    egui::pos2(row.pos.x + first.pos.x, row.min_y()),
                    egui::pos2(row.pos.x + last.max_x(), row.max_y()),
                );
                // Turned text (a y axis label, a folded panel's name) turns about its pos.
                let turn = egui::emath::Rot2::from_angle(text.angle);
                let corners = [
                    local.left_top(),
                    local.right_top(),
                    local.left_bottom(),
                    local.right_bottom(),
                ]
                .map(|c| text.pos + turn * c.to_vec2());
                let rect = Rect::from_points(&corners);
                if !words.is_empty() && rect.is_positive() {
                    out.push(Painted {
                        words,
                        rect,
                        clip,
                        order,
                    });
                }
            }
        }
        _ => {}
    }
}

fn painted(shapes: &[ClippedShape]) -> Vec<Painted> {
    let mut out = Vec::new();
    for (order, clipped) in shapes.iter().enumerate() {
        collect(&clipped.shape, clipped.clip_rect, order, &mut out);
    }
    out
}

fn show(rect: Rect) -> String {
    format!(
        "({:.0},{:.0})–({:.0},{:.0})",
        rect.left(),
        rect.top(),
        rect.right(),
        rect.bottom()
    )
}

/// Views whose content scrolls sideways when the window is narrow (a column per persona or
/// per stage): their last column in view may show partly at the view's edge, as a list shows
/// part of its last line. Any other cut there still counts.
const SIDEWAYS: [&str; 2] = ["Journey → grid", "Journey → matrix"];

/// What is wrong in one frame's shapes, each line naming `view`. `fields` are the text
/// fields: a one-line field scrolls its text under the cursor, so text running past its
/// sides is how it works, not a cut.
fn problems(shapes: &[ClippedShape], fields: &[Rect], view: &str, window: Rect) -> Vec<String> {
    let texts = painted(shapes);
    let boxes = filled(shapes);
    let sideways = SIDEWAYS.iter().any(|v| view.ends_with(v));
    let mut found = Vec::new();
    // Two pixels of slack: a glyph's box is its advance, a pixel or two wider than its ink
    // (side bearings), and anti-aliasing and rounding are not layout.
    let slack = 2.0;
    for (i, a) in texts.iter().enumerate() {
        let visible = a.rect.intersect(a.clip);
        if !visible.is_positive() {
            continue;
        }
        // Cut at the side of its area: partly shown, the rest beyond a left or right edge.
        // (Above and below are scrolling lists showing part of a line at their edge.)
        let in_field = fields.iter().any(|f| f.expand(2.0).contains_rect(a.clip));
        // The view's own scrolling area spans most of the window.
        let at_view_edge = sideways && a.clip.width() > window.width() * 0.5;
        if !in_field
            && !at_view_edge
            && (a.rect.left() < a.clip.left() - slack || a.rect.right() > a.clip.right() + slack)
        {
            found.push(format!(
                "{view}: {:?} at {} is cut by its area {}",
                a.words,
                show(a.rect),
                show(a.clip)
            ));
        }
        // Covered by a box painted after it (a card, a panel, a plot's frame).
        if let Some(cover) = boxes.iter().find(|b| {
            let both = b.rect.intersect(visible);
            b.order > a.order && both.is_positive() && both.area() > visible.area() * 0.3
        }) {
            found.push(format!(
                "{view}: {:?} at {} is covered by a box at {}",
                a.words,
                show(a.rect),
                show(cover.rect)
            ));
        }
        for b in &texts[i + 1..] {
            let other = b.rect.intersect(b.clip);
            if !other.is_positive() {
                continue;
            }
            // The same words drawn twice a pixel apart is how slides draw bold.
            let twice = a.words == b.words && (a.rect.min - b.rect.min).length() < 3.0;
            let both = visible.intersect(other);
            if both.width() > slack && both.height() > slack && !twice {
                found.push(format!(
                    "{view}: {:?} at {} overlaps {:?} at {}",
                    a.words,
                    show(a.rect),
                    b.words,
                    show(b.rect)
                ));
            }
        }
    }
    found
}

/// Controls a person clicks, drags or types into.
const CONTROLS: [egui::accesskit::Role; 7] = [
    egui::accesskit::Role::Button,
    egui::accesskit::Role::TextInput,
    egui::accesskit::Role::MultilineTextInput,
    egui::accesskit::Role::Slider,
    egui::accesskit::Role::CheckBox,
    egui::accesskit::Role::ComboBox,
    egui::accesskit::Role::SpinButton,
];

type App<'a> = egui_kittest::Harness<'a, cx_workbench::app::WorkbenchApp>;

/// Everything the check finds in the window of `size` that `harness` shows, named `name`:
/// cut, overlapping or covered text (text fields clip their own text, when `fields`) and
/// overlapping controls (counted in `controls`).
fn check_window(
    harness: &App<'_>,
    name: &str,
    size: Vec2,
    fields: bool,
    found: &mut Vec<String>,
    controls: &mut usize,
) {
    let fields: Vec<Rect> = if fields {
        harness
            .query_all_by_role(egui::accesskit::Role::TextInput)
            .map(|node| node.rect())
            .collect()
    } else {
        Vec::new()
    };
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    found.extend(problems(&harness.output().shapes, &fields, name, window));
    found.extend(overlapping_widgets(harness, name, window, controls));
}

/// Fails with every problem found, where `looked_at` says what was looked at ("in 168 views").
fn assert_none_found(found: &[String], looked_at: &str) {
    assert!(
        found.is_empty(),
        "{} problems {looked_at}:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// Controls on screen whose rectangles overlap (one inside another is a control's part).
fn overlapping_widgets(
    harness: &App<'_>,
    view: &str,
    window: Rect,
    checked: &mut usize,
) -> Vec<String> {
    // The status bar's controls reach the window's bottom edge. egui lays its panels out
    // apart, so a control there "overlapping" one of the workspace is workspace content
    // scrolled under the bar (clipped there, which the accessibility rectangles do not say).
    let in_the_bar = |r: Rect| r.bottom() >= window.bottom() - 4.0;
    let mut controls: Vec<(String, Rect)> = Vec::new();
    for role in CONTROLS {
        for node in harness.query_all_by_role(role) {
            let rect = node.rect().intersect(window);
            if rect.is_positive() && !in_the_bar(node.rect()) {
                let name = node.accesskit_node().label().unwrap_or_default();
                controls.push((format!("{role:?} {name:?}"), rect));
            }
        }
    }
    *checked += controls.len();
    let mut found = Vec::new();
    for (i, (a, ra)) in controls.iter().enumerate() {
        for (b, rb) in &controls[i + 1..] {
            let both = ra.intersect(*rb);
            let nested = ra.contains_rect(*rb) || rb.contains_rect(*ra);
            if both.width() > 2.0 && both.height() > 2.0 && !nested {
                found.push(format!(
                    "{view}: {a} at {} overlaps {b} at {}",
                    show(*ra),
                    show(*rb)
                ));
            }
        }
    }
    found
}

#[test]
fn no_text_overlaps_or_is_cut_in_any_view_at_any_size() {
    // Screen sizes in points: 1600×1000 at zoom 1, 1280×720 at zoom 1.3 and 1.5.
    let sizes = [
        ("1600×1000", Vec2::new(1600.0, 1000.0)),
        ("1280×720 zoom 1.3", Vec2::new(1280.0, 720.0) / 1.3),
        ("1280×720 zoom 1.5", Vec2::new(1280.0, 720.0) / 1.5),
    ];
    let fixture = Fixture::new();
    let mut found = Vec::new();
    let mut views = 0;
    let mut controls = 0;
    let mut round = 0;
    for sample in ["hotel-group.ron", "online-shop.ron"] {
        for lang in [Lang::En, Lang::Nl] {
            for (size_name, size) in sizes {
                let theme = if round % 2 == 0 {
                    Theme::Light
                } else {
                    Theme::Dark
                };
                round += 1;
                let mut harness = fixture.app_sized(Some(sample_path(sample)), size);
                harness.state_mut().settings.language = Some(lang);
                harness.state_mut().settings.theme = theme;
                for (workspace, view) in Workspace::every_view() {
                    let app = harness.state_mut();
                    app.ui.workspace = workspace;
                    if let Some(view) = view {
                        app.ui.open_view(workspace, view);
                    }
                    // The map as a workshop shows it: the whole journey on one screen (the
                    // full map scrolls sideways, its last column partly in view).
                    app.ui.journey.fit = true;
                    app.ui.journey.fit_set = true;
                    harness.run_steps(3);
                    let name = format!(
                        "{sample} {lang:?} {size_name} {theme:?} {workspace:?}{}",
                        view.map(|v| format!(" → {v}")).unwrap_or_default()
                    );
                    check_window(&harness, &name, size, true, &mut found, &mut controls);
                    views += 1;
                }
            }
        }
    }
    assert!(views > 100, "every view of every setting: {views}");
    assert!(
        controls > 20 * views,
        "the controls of every view: {controls}"
    );
    assert_none_found(&found, &format!("in {views} views"));
}

#[test]
fn no_text_overlaps_or_is_cut_on_any_presented_slide() {
    // The room's screen: a projector at 1280×720 and a 1600×1000 display, full screen.
    let sizes = [
        ("1280×720", Vec2::new(1280.0, 720.0)),
        ("1600×1000", Vec2::new(1600.0, 1000.0)),
    ];
    let fixture = Fixture::new();
    let mut found = Vec::new();
    let mut slides = 0;
    let mut controls = 0;
    for sample in ["hotel-group.ron", "online-shop.ron"] {
        for lang in [Lang::En, Lang::Nl] {
            for (size_name, size) in sizes {
                let mut harness = fixture.app_sized(Some(sample_path(sample)), size);
                harness.state_mut().settings.language = Some(lang);
                harness.state_mut().settings.presenter_view = false;
                harness.key_press(egui::Key::F5);
                harness.run_steps(3);
                let count = harness.state().doc.project.slides.len();
                for number in 1..=count {
                    harness.run_steps(3);
                    let index = harness.state().show.as_ref().map(|s| s.index);
                    assert_eq!(index, Some(number - 1), "presenting slide {number}");
                    let name = format!("{sample} {lang:?} {size_name} slide {number}");
                    check_window(&harness, &name, size, false, &mut found, &mut controls);
                    slides += 1;
                    harness.key_press(egui::Key::ArrowRight);
                }
            }
        }
    }
    assert!(slides >= 40, "every slide of every setting: {slides}");
    assert_none_found(&found, &format!("on {slides} slides"));
}

#[test]
fn no_text_overlaps_or_is_cut_in_the_resolve_and_compare_panel() {
    let sizes = [
        ("1600×1000", Vec2::new(1600.0, 1000.0)),
        ("1280×720 zoom 1.3", Vec2::new(1280.0, 720.0) / 1.3),
        ("1280×720 zoom 1.5", Vec2::new(1280.0, 720.0) / 1.5),
    ];
    let fixture = Fixture::new();
    // The hotel sample merged from two versions that renamed a persona, changed a score and
    // deleted a slide the other side edited: conflicts of each kind.
    let path = fixture.copy_of("hotel-group.ron");
    let base = cx_workbench::store::load(&path).expect("sample").project;
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.personas[0].name = "Margaret Ellis-Hart".into();
    theirs.personas[0].name = "Maggie Ellison".into();
    ours.touchpoints[3].experiences[0].score = 2.0;
    theirs.touchpoints[3].experiences[0].score = -3.0;
    ours.slides.remove(4);
    theirs.slides[4].title = "What our guests say about booking, in their own words".into();
    let merged = cx_workbench::model::merge::merge(Some(&base), &ours, &theirs)
        .expect("merge")
        .project;
    assert!(merged.conflicts.len() >= 3);
    let mut found = Vec::new();
    let mut views = 0;
    let mut controls = 0;
    for lang in [Lang::En, Lang::Nl] {
        for (size_name, size) in sizes {
            // A folder of its own each time: the last run's unsaved edit left a recovery copy.
            let fixture = Fixture::new();
            let path = fixture.dir.path().join("merged.ron");
            cx_workbench::store::save(&path, &merged).expect("save");
            let mut harness = fixture.app_sized(Some(path.clone()), size);
            harness.state_mut().settings.language = Some(lang);
            harness.run_steps(3);
            // A change since the version on disk, and the comparison beside the conflicts.
            harness.state_mut().project_mut().scenarios[0].horizon_periods = 48;
            harness.run_steps(3);
            let (file, compare, disk) = match lang {
                Lang::Nl => ("Bestand", "Vergelijken met", "De bewaarde versie op schijf"),
                _ => ("File", "Compare with", "The version saved on disk"),
            };
            common::click_button(&mut harness, file);
            common::click_button(&mut harness, compare);
            common::click_button(&mut harness, disk);
            for workspace in [Workspace::Overview, Workspace::Journey, Workspace::Slides] {
                let app = harness.state_mut();
                app.ui.workspace = workspace;
                // The map as a workshop shows it, as in the check of every view.
                app.ui.journey.fit = true;
                app.ui.journey.fit_set = true;
                harness.run_steps(3);
                let name = format!("teamwork panel {lang:?} {size_name} {workspace:?}");
                check_window(&harness, &name, size, true, &mut found, &mut controls);
                views += 1;
            }
        }
    }
    assert_none_found(&found, &format!("in {views} views"));
}

#[test]
fn no_text_overlaps_or_is_cut_on_the_welcome_screen() {
    let sizes = [
        ("1600×1000", Vec2::new(1600.0, 1000.0)),
        ("1280×720 zoom 1.3", Vec2::new(1280.0, 720.0) / 1.3),
        ("1280×720 zoom 1.5", Vec2::new(1280.0, 720.0) / 1.5),
    ];
    let mut found = Vec::new();
    let mut screens = 0;
    for lang in [Lang::En, Lang::Nl] {
        for (size_name, size) in sizes {
            let fixture = Fixture::new();
            let mut config = cx_workbench::app::AppConfig::for_tests(
                Some(fixture.recovery_dir()),
                fixture.dialogs.clone(),
            );
            config.welcome = true;
            config.language = Some(lang);
            let mut harness = egui_kittest::Harness::builder()
                .with_size(size)
                .build_eframe(move |cc| cx_workbench::app::WorkbenchApp::new(cc, config));
            harness.run_steps(3);
            assert!(
                harness.state().modal_title().is_some(),
                "the welcome screen"
            );
            // Only what the dialog paints: after the backdrop that dims the window.
            let window = Rect::from_min_size(egui::Pos2::ZERO, size);
            let shapes = &harness.output().shapes;
            let start = shapes
                .iter()
                .rposition(|c| {
                    matches!(&c.shape, Shape::Rect(r) if r.rect.contains_rect(window.shrink(2.0)))
                })
                .map_or(0, |i| i + 1);
            let name = format!("welcome {lang:?} {size_name}");
            // The check reads the dialog itself (its heading and its cards), not nothing.
            let words: Vec<String> = painted(&shapes[start..])
                .into_iter()
                .map(|p| p.words)
                .collect();
            let heading = if lang == Lang::Nl {
                "Een project beginnen"
            } else {
                "Start a project"
            };
            assert!(
                words.iter().any(|w| w.contains(heading)),
                "{name}: {words:?}"
            );
            assert!(words.len() > 20, "{name}: the cards' texts");
            found.extend(problems(&shapes[start..], &[], &name, window));
            screens += 1;
        }
    }
    assert_eq!(screens, 6);
    assert_none_found(&found, &format!("on {screens} screens"));
}

#[test]
fn the_check_sees_an_overlap_and_a_cut() {
    let ctx = egui::Context::default();
    let mut shapes = Vec::new();
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        let galley = ui.fonts_mut(|f| {
            f.layout_no_wrap(
                "Overlapping words".into(),
                egui::FontId::proportional(14.0),
                egui::Color32::WHITE,
            )
        });
        let page = Rect::from_min_size(egui::Pos2::ZERO, Vec2::splat(400.0));
        for pos in [egui::pos2(10.0, 10.0), egui::pos2(20.0, 14.0)] {
            shapes.push(ClippedShape {
                clip_rect: page,
                shape: Shape::galley(pos, galley.clone(), egui::Color32::WHITE),
                transform_after_tessellation: Default::default(),
            });
        }
        let narrow = Rect::from_min_size(egui::pos2(0.0, 100.0), Vec2::new(60.0, 40.0));
        shapes.push(ClippedShape {
            clip_rect: narrow,
            shape: Shape::galley(egui::pos2(10.0, 110.0), galley, egui::Color32::WHITE),
            transform_after_tessellation: Default::default(),
        });
    });
    output.textures_delta.clear();
    let window = Rect::from_min_size(egui::Pos2::ZERO, Vec2::splat(400.0));
    let found = problems(&shapes, &[], "a test", window);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("overlaps"), "{found:?}");
    assert!(found[1].contains("is cut"), "{found:?}");
    // Inside a text field, the text running past its side is the field scrolling.
    let field = Rect::from_min_size(egui::pos2(0.0, 100.0), Vec2::new(60.0, 40.0));
    assert_eq!(problems(&shapes, &[field], "a test", window).len(), 1);
    // A box painted after a text, over it, hides it.
    shapes.push(ClippedShape {
        clip_rect: window,
        shape: Shape::rect_filled(
            Rect::from_min_size(egui::pos2(0.0, 0.0), Vec2::new(400.0, 20.0)),
            0.0,
            egui::Color32::BLACK,
        ),
        transform_after_tessellation: Default::default(),
    });
    let found = problems(&shapes, &[field], "a test", window);
    assert!(found.iter().any(|f| f.contains("is covered")), "{found:?}");
}
