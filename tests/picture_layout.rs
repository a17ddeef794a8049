//! The layout check of everything the app draws without a window: every exported plot and
//! every page of the deck of both samples, in both languages, read back as the SVG a
//! renderer sees (usvg measures each text in the app's font). No two texts overlap, no text
//! leaves the page, and no text is cut short with "…".

use cx_workbench::export::{self, PictureOptions};
use cx_workbench::i18n::Lang;
use cx_workbench::model::Project;
use resvg::usvg;
use std::path::Path;

const SAMPLES: [&str; 2] = ["hotel-group", "online-shop"];

fn load(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("projects/{name}.ron"));
    cx_workbench::store::load(&path).expect("a sample").project
}

/// One text as drawn: its words and its box on the page.
struct Drawn {
    words: String,
    rect: usvg::Rect,
}

fn collect(group: &usvg::Group, out: &mut Vec<Drawn>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(inner) => collect(inner, out),
            usvg::Node::Text(text) => {
                let words: String = text.chunks().iter().map(|c| c.text()).collect();
                if !words.trim().is_empty() {
                    out.push(Drawn {
                        words,
                        rect: text.abs_bounding_box(),
                    });
                }
            }
            _ => {}
        }
    }
}

/// Amount by which two boxes overlap along both axes.
fn overlap(a: &usvg::Rect, b: &usvg::Rect) -> (f32, f32) {
    (
        a.right().min(b.right()) - a.left().max(b.left()),
        a.bottom().min(b.bottom()) - a.top().max(b.top()),
    )
}

fn show(rect: &usvg::Rect) -> String {
    format!(
        "({:.0},{:.0})–({:.0},{:.0})",
        rect.left(),
        rect.top(),
        rect.right(),
        rect.bottom()
    )
}

/// What is wrong with the text of `svg`, one line per problem, each naming `what`.
fn problems(svg: &str, what: &str) -> Vec<String> {
    let tree = export::png::tree(svg).expect("the picture parses");
    let (width, height) = (tree.size().width(), tree.size().height());
    let mut drawn = Vec::new();
    collect(tree.root(), &mut drawn);
    let mut found = Vec::new();
    // Half a pixel of slack: anti-aliasing, not layout.
    let slack = 0.5;
    for (i, a) in drawn.iter().enumerate() {
        if a.words.contains('…') {
            found.push(format!("{what}: {:?} is cut short", a.words));
        }
        let r = &a.rect;
        if r.left() < -slack
            || r.top() < -slack
            || r.right() > width + slack
            || r.bottom() > height + slack
        {
            found.push(format!(
                "{what}: {:?} at {} leaves the {width}×{height} page",
                a.words,
                show(r)
            ));
        }
        for b in &drawn[i + 1..] {
            let (x, y) = overlap(&a.rect, &b.rect);
            if x > slack && y > slack {
                found.push(format!(
                    "{what}: {:?} at {} overlaps {:?} at {}",
                    a.words,
                    show(&a.rect),
                    b.words,
                    show(&b.rect)
                ));
            }
        }
    }
    found
}

fn report(found: Vec<String>, checked: usize) {
    assert!(
        found.is_empty(),
        "{} problems in {checked} pictures:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn every_exported_plot_has_room_for_its_words() {
    let mut found = Vec::new();
    let mut checked = 0;
    for name in SAMPLES {
        let project = load(name);
        for lang in [Lang::En, Lang::Nl] {
            for plot in export::run::plots(&project, None, lang) {
                let svg = export::to_svg(&plot, &PictureOptions::default());
                found.extend(problems(&svg, &format!("{name} ({lang:?}) {}", plot.title)));
                checked += 1;
            }
        }
    }
    report(found, checked);
}

#[test]
fn every_page_of_the_deck_has_room_for_its_words() {
    let mut found = Vec::new();
    let mut checked = 0;
    for name in SAMPLES {
        let project = load(name);
        for lang in [Lang::En, Lang::Nl] {
            let options = export::deck::DeckOptions {
                lang: Some(lang),
                ..Default::default()
            };
            for (i, svg) in export::deck::page_svgs(&project, &options)
                .iter()
                .enumerate()
            {
                found.extend(problems(svg, &format!("{name} ({lang:?}) slide {}", i + 1)));
                checked += 1;
            }
        }
    }
    report(found, checked);
}
