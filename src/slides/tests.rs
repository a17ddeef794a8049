use super::*;
use crate::charts::describe::Computed;
use crate::engine::Comparison;
use crate::engine::tornado::Tornado;
use crate::model::{Id, PlotKind, Scenario};

/// Results that are never computed: what a slide shows while they are being worked out.
struct NothingYet;

impl ResultSource for NothingYet {
    fn compute_comparison(&mut self, _: &Project) {}
    fn compute_tornado(&mut self, _: &Project, _: &Scenario) {}
    fn comparison(&self) -> Option<&Comparison> {
        None
    }
    fn tornado(&self, _: &Id) -> Option<&Tornado> {
        None
    }
    fn bands(&self, _: &Project) -> crate::charts::scenarios::Bands<'_> {
        &[]
    }
}

fn sample(name: &str) -> Project {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("projects")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("the sample is readable");
    crate::store::parse(&text).expect("the sample loads")
}

fn slide(content: SlideContent) -> Slide {
    Slide {
        id: Id::new("sl-test"),
        title: "A slide title that is rather long, to see that it wraps onto a second line and is shortened when it is longer still than two whole lines of the canvas width".into(),
        content,
        notes: String::new(),
        sliders: vec![AssumptionKey::ChurnAfterNegative, AssumptionKey::DelightToActive],
    }
}

/// Every kind of content: the deck's own slides, a title, each persona's card, the journey,
/// every plot kind for the first persona and scenario, and slides about things not in the
/// project.
fn every_kind(project: &Project) -> Vec<Slide> {
    let mut slides = project.slides.clone();
    slides.push(slide(SlideContent::Title("A subtitle ".repeat(30))));
    slides.push(slide(SlideContent::JourneyMap));
    for persona in &project.personas {
        slides.push(slide(SlideContent::PersonaCard(persona.id.clone())));
    }
    for &kind in PlotKind::ALL {
        slides.push(slide(SlideContent::Plot(PlotSpec {
            scenario: project.scenarios.first().map(|s| s.id.clone()),
            persona: project.personas.first().map(|p| p.id.clone()),
            ..PlotSpec::of(kind)
        })));
    }
    slides.push(slide(SlideContent::PersonaCard(Id::new("p-gone"))));
    slides.push(slide(SlideContent::Plot(PlotSpec {
        scenario: Some(Id::new("sc-gone")),
        ..PlotSpec::of(PlotKind::Tornado)
    })));
    slides
}

fn check(scene: &Scene, slide: &Slide) {
    let canvas = Rect::canvas();
    let mut title_seen = false;
    for element in &scene.elements {
        let rect = element.rect();
        assert!(
            rect.within(&canvas),
            "{:?} outside the canvas on {:?}",
            element,
            slide.id
        );
        if let Element::Text {
            rect,
            text,
            size,
            bold,
            ..
        } = element
        {
            assert!(*size >= TEXT_MIN, "{text:?} at {size} px on {:?}", slide.id);
            assert!(
                text_width_px(text, *size, *bold) <= rect.w + 0.5,
                "{text:?} wider than its room on {:?}",
                slide.id
            );
            if !title_seen {
                assert!(
                    *size >= TITLE_MIN,
                    "the title {text:?} is {size} px on {:?}",
                    slide.id
                );
                title_seen = true;
            }
        }
    }
    assert!(title_seen, "{:?} has a title", slide.id);
    for (_, rect) in &scene.sliders {
        assert!(rect.within(&canvas));
        for element in &scene.elements {
            let other = element.rect();
            assert!(
                other.bottom() <= rect.y + 0.5,
                "{element:?} runs into the sliders on {:?}",
                slide.id
            );
        }
    }
}

#[test]
fn every_content_kind_of_both_samples_stays_on_the_canvas_in_readable_type() {
    for name in ["hotel-group.ron", "online-shop.ron"] {
        let project = sample(name);
        let mut results = Computed::new(&[]);
        for slide in every_kind(&project) {
            for lang in Lang::ALL {
                for theme in [Theme::LIGHT, Theme::DARK] {
                    let scene = scene(&project, &mut results, &slide, lang, &theme);
                    check(&scene, &slide);
                    assert_eq!(scene.background, theme.background);
                }
            }
        }
    }
}

#[test]
fn each_content_kind_draws_what_it_is_about() {
    let project = sample("hotel-group.ron");
    let mut results = Computed::new(&[]);
    let theme = Theme::LIGHT;
    let persona = &project.personas[0];
    let card = scene(
        &project,
        &mut results,
        &slide(SlideContent::PersonaCard(persona.id.clone())),
        Lang::En,
        &theme,
    );
    assert!(
        card.elements
            .iter()
            .any(|e| matches!(e, Element::Picture { persona: p, .. } if p == &persona.id))
    );
    assert!(
        card.elements
            .iter()
            .any(|e| matches!(e, Element::Text { text, .. } if text.contains(&persona.name)))
    );
    assert!(
        card.elements
            .iter()
            .any(|e| matches!(e, Element::Plot { .. })),
        "the needs profile"
    );

    let map = scene(
        &project,
        &mut results,
        &slide(SlideContent::JourneyMap),
        Lang::En,
        &theme,
    );
    let plots = map
        .elements
        .iter()
        .filter(|e| matches!(e, Element::Plot { plot, .. } if plot.spec.kind == PlotKind::EmotionCurves))
        .count();
    assert_eq!(plots, 1, "the emotion curves under the map");
    // Each stage heads its column (in up to two lines, shortened with "…" when narrow).
    let headings: Vec<&str> = map
        .elements
        .iter()
        .filter_map(|e| match e {
            Element::Text {
                text, bold: true, ..
            } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let joined = headings.join(" ");
    for stage in &project.stages {
        let shortened = headings.iter().any(|h| {
            h.strip_suffix('…')
                .is_some_and(|start| start.len() >= 3 && stage.name.starts_with(start))
        });
        assert!(joined.contains(&stage.name) || shortened, "{}", stage.name);
    }
    let cards = map
        .elements
        .iter()
        .filter(|e| matches!(e, Element::Box { .. }))
        .count();
    assert!(cards > project.stages.len(), "touchpoint cards");

    let title = scene(
        &project,
        &mut results,
        &slide(SlideContent::Title("For the team".into())),
        Lang::En,
        &theme,
    );
    assert!(
        title
            .elements
            .iter()
            .any(|e| matches!(e, Element::Text { text, .. } if text == "For the team"))
    );
    assert_eq!(title.sliders.len(), 2);
}

#[test]
fn a_slide_about_something_gone_says_so_in_plain_words() {
    let project = sample("online-shop.ron");
    let mut results = NothingYet;
    let words = |scene: &Scene| {
        scene
            .elements
            .iter()
            .filter_map(|e| match e {
                Element::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let gone = scene(
        &project,
        &mut results,
        &slide(SlideContent::PersonaCard(Id::new("p-gone"))),
        Lang::En,
        &Theme::LIGHT,
    );
    assert!(
        words(&gone).contains("no longer in the project"),
        "{}",
        words(&gone)
    );
    assert!(!words(&gone).contains("p-gone"), "no internal ids");
    let spec = PlotSpec {
        scenario: Some(Id::new("sc-gone")),
        ..PlotSpec::of(PlotKind::CustomersByState)
    };
    let gone = scene(
        &project,
        &mut results,
        &slide(SlideContent::Plot(spec)),
        Lang::Nl,
        &Theme::LIGHT,
    );
    assert!(
        words(&gone).contains("scenario dat niet meer"),
        "{}",
        words(&gone)
    );
    let spec = PlotSpec::of(PlotKind::ProfitComparison);
    let waiting = scene(
        &project,
        &mut results,
        &slide(SlideContent::Plot(spec)),
        Lang::En,
        &Theme::LIGHT,
    );
    assert!(
        words(&waiting).contains("still being worked out"),
        "{}",
        words(&waiting)
    );
}

#[test]
fn a_plot_titled_like_its_slide_drops_the_repeat() {
    assert!(same_words("Emotion  curves", "emotion curves"));
    assert!(!same_words("Emotion curves", "Journey"));
}

#[test]
fn slider_captions_name_the_assumption_and_its_value() {
    let project = sample("hotel-group.ron");
    let caption = slider_caption(&project, AssumptionKey::ChurnAfterNegative, Lang::En);
    assert!(caption.ends_with('%'), "{caption}");
    assert!(caption.contains(": "), "{caption}");
}

#[test]
fn one_line_keeps_the_start_of_a_long_word() {
    assert_eq!(
        shorten("26 Fietsenwinkelketen", 24.0, 400.0),
        "26 Fietsenwinkelketen"
    );
    let short = shorten("26 Fietsenwinkelketenaanbieding", 24.0, 150.0);
    assert!(
        short.starts_with("26 Fiet") && short.ends_with('…'),
        "{short}"
    );
    assert!(text_width(&short, 24.0) <= 150.0);
}
