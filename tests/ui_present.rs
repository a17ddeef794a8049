//! Present mode and the Slides workspace clicked through the real app with egui_kittest: F5,
//! the keys that step, jump, blank and leave (the file unchanged); a live slider that moves
//! the slide's plot, "Keep these changes?" with Discard and Keep (undoable); the presenter
//! view's notes and next slide; building the deck (add, duplicate, move, delete, undo) and
//! "Add to deck" on a plot; and a picture of a slide as the room sees it.

mod common;
use common::*;

use cx_workbench::app::{AppCommand, WorkbenchApp};
use cx_workbench::charts::describe;
use cx_workbench::charts::plot::{Mark, Plot};
use cx_workbench::i18n::Lang;
use cx_workbench::layout::Theme;
use cx_workbench::model::{AssumptionKey, Id, PlotKind, SlideContent};
use cx_workbench::slides::{self, Element};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const CHURN: &str = "Chance a new or passive-loyal customer leaves after a negative experience";

/// A copy of the hotel sample, open in the app; the fixture keeps its folder alive.
fn app(presenter_view: bool) -> (Fixture, Harness<'static, WorkbenchApp>) {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("hotel-group.ron")));
    harness.state_mut().settings.presenter_view = presenter_view;
    (fixture, harness)
}

fn press(harness: &mut Harness<'_, WorkbenchApp>, key: Key) {
    harness.key_press(key);
    harness.run_steps(3);
}

fn index(harness: &Harness<'_, WorkbenchApp>) -> usize {
    harness.state().show.as_ref().expect("presenting").index
}

/// The index of the slide with this id in the sample.
fn slide_at(harness: &Harness<'_, WorkbenchApp>, id: &str) -> usize {
    harness
        .state()
        .doc
        .project
        .slides
        .iter()
        .position(|s| s.id.as_str() == id)
        .expect("the sample has the slide")
}

/// Goes to slide `number` (1 is the first) by typing it and Enter.
fn jump(harness: &mut Harness<'_, WorkbenchApp>, number: usize) {
    for digit in number.to_string().chars() {
        let key = Key::from_name(&digit.to_string()).expect("a digit key");
        harness.key_press(key);
        harness.run_steps(1);
    }
    press(harness, Key::Enter);
}

fn unchanged(harness: &Harness<'_, WorkbenchApp>, before: &cx_workbench::model::Project) {
    assert_eq!(&project(harness), before, "the project is as it was");
    assert!(!harness.state().doc.is_dirty(), "no unsaved marker");
    assert!(!harness.state().title().starts_with('●'));
    assert!(!harness.state().doc.history.can_undo(), "no undo step");
}

#[test]
fn f5_presents_the_keys_step_jump_and_blank_and_esc_leaves_the_file_unchanged() {
    let (_dir, mut harness) = app(false);
    let before = project(&harness);
    let count = before.slides.len();
    assert!(count >= 4);
    press(&mut harness, Key::F5);
    assert!(harness.state().presenting());
    assert_eq!(index(&harness), 0);
    assert!(
        !has_label(&harness, "File"),
        "no editing chrome while presenting"
    );
    assert!(
        has_label(&harness, &format!("1 / {count}")),
        "a slide counter"
    );

    press(&mut harness, Key::ArrowRight);
    assert_eq!(index(&harness), 1);
    press(&mut harness, Key::Space);
    assert_eq!(index(&harness), 2);
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(index(&harness), 1);
    press(&mut harness, Key::PageDown);
    assert_eq!(index(&harness), 2);
    press(&mut harness, Key::PageUp);
    assert_eq!(index(&harness), 1);
    press(&mut harness, Key::End);
    assert_eq!(index(&harness), count - 1);
    press(&mut harness, Key::ArrowRight);
    assert_eq!(index(&harness), count - 1, "the last slide stays");
    press(&mut harness, Key::Home);
    assert_eq!(index(&harness), 0);

    jump(&mut harness, 4);
    assert_eq!(index(&harness), 3);
    jump(&mut harness, 99);
    assert_eq!(index(&harness), 3, "no such slide: it stays");

    press(&mut harness, Key::B);
    assert!(harness.state().show.as_ref().is_some_and(|s| s.blank));
    press(&mut harness, Key::ArrowRight);
    let show = harness.state().show.as_ref().expect("presenting");
    assert!(!show.blank, "any key shows the slide again");
    assert_eq!(show.index, 3, "and does nothing else");

    // A click on the slide steps too.
    let centre = harness.ctx.content_rect().center();
    harness.event(egui::Event::PointerMoved(centre));
    harness.event(egui::Event::PointerButton {
        pos: centre,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: centre,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(3);
    assert_eq!(index(&harness), 4, "a click steps on");

    // Ctrl+Z does nothing while presenting: only the present keys work.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    press(&mut harness, Key::Escape);
    assert!(!harness.state().presenting());
    assert!(has_label(&harness, "File"), "the menus are back");
    unchanged(&harness, &before);
}

#[test]
fn the_shortcut_list_shows_the_present_keys_by_scope() {
    let (_dir, mut harness) = app(false);
    press(&mut harness, Key::F1);
    assert!(has_label(&harness, "While presenting"));
    assert!(has_label(&harness, "Next slide"));
    assert!(has_label(&harness, "Present from the start"));
    assert!(has_label(&harness, "In every workspace, also while typing"));
    // Every presenting key, and the keys of the journey map.
    for command in AppCommand::ALL {
        if command.scope() == cx_workbench::context::command::Scope::Presenting {
            assert!(
                has_label(&harness, command.label(Lang::En).trim_end_matches('…')),
                "{command:?} listed"
            );
        }
    }
    assert!(has_label(&harness, "Whole journey on one screen"));
    // F1 while presenting shows the same list.
    press(&mut harness, Key::Escape);
    press(&mut harness, Key::F5);
    assert!(harness.state().presenting());
    press(&mut harness, Key::F1);
    assert!(
        has_label(&harness, "While presenting"),
        "F1 while presenting"
    );
    assert!(has_label(&harness, "Next slide"));
}

#[test]
fn present_keys_do_nothing_while_editing_and_f5_works_while_typing() {
    let (_dir, mut harness) = app(false);
    click(&mut harness, Role::Button, "Slides");
    harness
        .get_by_role_and_label(Role::TextInput, "Title")
        .focus();
    harness.run_steps(1);
    press(&mut harness, Key::B);
    assert!(!harness.state().presenting());
    press(&mut harness, Key::F5);
    assert!(harness.state().presenting(), "F5 works in a text field too");
}

/// Presents the slide with the live sliders, its plot's numbers before and after a slider.
fn present_slider_slide(harness: &mut Harness<'_, WorkbenchApp>) -> (String, String) {
    let slide = slide_at(harness, "sl-profit");
    press(harness, Key::F5);
    jump(harness, slide + 1);
    assert_eq!(index(harness), slide);
    harness.run_steps(3);
    let before = harness.state_mut().presented_plot().expect("a plot").csv();
    harness
        .get_by_role_and_label(Role::Slider, CHURN)
        .set_value_accesskit(60.0);
    harness.run_steps(3);
    let after = harness.state_mut().presented_plot().expect("a plot").csv();
    (before, after)
}

#[test]
fn a_slider_moves_the_plot_and_discard_leaves_the_project_as_it_was() {
    let (_dir, mut harness) = app(false);
    let before = project(&harness);
    let (plot_before, plot_after) = present_slider_slide(&mut harness);
    assert_ne!(plot_before, plot_after, "the plot's numbers moved");
    unchanged(&harness, &before);

    press(&mut harness, Key::Escape);
    assert!(harness.state().presenting(), "it asks first");
    assert!(has_label(&harness, "Keep these changes?"));
    click_button(&mut harness, "Discard");
    assert!(!harness.state().presenting());
    unchanged(&harness, &before);

    // Presenting again shows the project's numbers.
    let slide = slide_at(&harness, "sl-profit");
    press(&mut harness, Key::F5);
    jump(&mut harness, slide + 1);
    let again = harness.state_mut().presented_plot().expect("a plot").csv();
    assert_eq!(again, plot_before);
}

#[test]
fn keep_makes_a_scenario_with_the_sliders_values_and_undo_takes_it_back() {
    let (_dir, mut harness) = app(false);
    let before = project(&harness);
    present_slider_slide(&mut harness);
    press(&mut harness, Key::Escape);
    click_button(&mut harness, "Keep as a new scenario");
    assert!(!harness.state().presenting());
    let after = project(&harness);
    assert_eq!(after.scenarios.len(), before.scenarios.len() + 1);
    let kept = after.scenarios.last().expect("a new scenario");
    assert_eq!(kept.name, "What-if from the workshop");
    let churn = kept.override_of(AssumptionKey::ChurnAfterNegative);
    assert!(churn.is_some_and(|v| (v - 0.60).abs() < 1e-9), "{churn:?}");
    assert_eq!(
        after.assumptions, before.assumptions,
        "the project's own values stay"
    );
    assert!(harness.state().doc.is_dirty());

    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&harness), before, "one undo step takes it back");
}

#[test]
fn the_presenter_view_shows_the_notes_the_next_slide_and_follows_the_keys() {
    let (_dir, mut harness) = app(true);
    let slides = project(&harness).slides;
    press(&mut harness, Key::F5);
    harness.run_steps(2);
    assert!(has_label(&harness, "Presenter view — CX Workbench"));
    assert!(has_label(&harness, &slides[0].notes));
    assert!(has_label(&harness, &format!("Next: {}", slides[1].title)));
    assert!(has_label(&harness, &format!("Slide 1 of {}", slides.len())));
    press(&mut harness, Key::ArrowRight);
    assert!(has_label(&harness, &slides[1].notes));
    assert!(has_label(&harness, &format!("Next: {}", slides[2].title)));
    // The deck in the presenter view jumps.
    click_button(
        &mut harness,
        &format!("4 {}", slides[3].title.chars().take(28).collect::<String>()),
    );
    assert_eq!(index(&harness), 3);
    click_button(&mut harness, "Next slide ▶");
    assert_eq!(index(&harness), 4);
    press(&mut harness, Key::F6);
    assert!(
        !has_label(&harness, "Presenter view — CX Workbench"),
        "F6 closes it"
    );
    assert!(
        !harness.state().settings.presenter_view,
        "and the choice is kept"
    );
}

#[test]
fn the_deck_is_built_in_the_slides_workspace_and_undo_takes_each_step_back() {
    let (_dir, mut harness) = app(false);
    let before = project(&harness);
    let count = before.slides.len();
    click(&mut harness, Role::Button, "Slides");
    assert!(has_label(
        &harness,
        &format!("Slide 1: {}", before.slides[0].title)
    ));

    click(
        &mut harness,
        Role::Button,
        &format!("Slide 3: {}", before.slides[2].title),
    );
    click_button(&mut harness, "+ Add slide");
    harness.event(egui::Event::Text("Questions".into()));
    harness.run_steps(3);
    let slides = project(&harness).slides;
    assert_eq!(slides.len(), count + 1);
    assert_eq!(
        slides[3].title, "Questions",
        "added after the selected slide, named as typed"
    );

    click_button(&mut harness, "Duplicate");
    let slides = project(&harness).slides;
    assert_eq!(slides.len(), count + 2);
    assert!(slides[4].title.starts_with("Questions"));

    choose(&mut harness, "Shows", "A plot");
    choose(&mut harness, "Plot", "Revenue");
    choose(&mut harness, "First slider", CHURN);
    let copy = project(&harness).slides[4].clone();
    assert!(
        matches!(&copy.content, SlideContent::Plot(spec) if spec.kind == PlotKind::RevenueComparison)
    );
    assert_eq!(copy.sliders, vec![AssumptionKey::ChurnAfterNegative]);

    click_button(&mut harness, "⬆");
    click_button(&mut harness, "⬆");
    let slides = project(&harness).slides;
    assert_eq!(slides[2].id, copy.id, "moved up two places");

    click_button(&mut harness, "Delete");
    assert_eq!(project(&harness).slides.len(), count + 1);

    for _ in 0..10 {
        shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    }
    assert_eq!(project(&harness), before, "undo takes every step back");
}

#[test]
fn add_to_deck_on_a_plot_adds_a_slide_and_the_toast_goes_there() {
    let (_dir, mut harness) = app(false);
    let count = project(&harness).slides.len();
    click(&mut harness, Role::Button, "4C");
    click_button(&mut harness, "Add to deck");
    let slides = project(&harness).slides;
    assert_eq!(slides.len(), count + 1);
    let added = slides.last().expect("a slide");
    assert!(
        matches!(&added.content, SlideContent::Plot(spec) if spec.kind == PlotKind::FourCRadar)
    );
    let message = format!("Added to the deck as slide {}", count + 1);
    assert!(harness.state().toasts.texts().contains(&message.as_str()));
    // At once: the message fades after a while.
    harness
        .get_by_role_and_label(Role::Button, "Go to the slide")
        .click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().ui.workspace,
        cx_workbench::ui::Workspace::Slides
    );
    assert_eq!(harness.state().ui.slides.selected.as_ref(), Some(&added.id));
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&harness).slides.len(), count, "one undo step");
}

/// The line names of a plot (its legend), in order.
fn line_names(plot: &Plot) -> Vec<String> {
    plot.marks
        .iter()
        .filter_map(|mark| match mark {
            Mark::Line(line) if !line.name.is_empty() => Some(line.name.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn curves_filtered_and_after_a_scenario_go_onto_the_deck_exactly_as_shown() {
    let (_dir, mut harness) = app(false);
    click(&mut harness, Role::Button, "Journey");
    let before = project(&harness);
    assert!(
        before.personas.len() > 2,
        "the sample has personas to leave out"
    );
    let shown: Vec<Id> = before
        .personas
        .iter()
        .take(2)
        .map(|p| p.id.clone())
        .collect();
    harness.state_mut().ui.journey.hidden = before
        .personas
        .iter()
        .skip(2)
        .map(|p| p.id.clone())
        .collect();
    let scenario = before.scenarios[1].clone();
    choose(&mut harness, "After a scenario:", &scenario.name);
    harness.run_steps(3);
    let on_screen = harness
        .state()
        .ui
        .journey
        .curves
        .as_ref()
        .and_then(|c| c.plot.clone())
        .expect("the curves are described");
    click_button(&mut harness, "Add to deck");

    let after = project(&harness);
    assert_eq!(after.slides.len(), before.slides.len() + 1);
    let added = after.slides.last().expect("a slide");
    let SlideContent::Plot(spec) = &added.content else {
        panic!("a plot slide: {:?}", added.content);
    };
    assert_eq!(spec.kind, PlotKind::EmotionCurves);
    assert_eq!(spec.personas, shown, "the personas of the filter");
    assert_eq!(spec.scenario.as_ref(), Some(&scenario.id), "the scenario");
    assert_eq!(spec, &on_screen.spec, "the spec the screen's plot carries");

    // The slide draws exactly the curves of the screen: two personas, each again after the
    // scenario, and no other persona.
    let mut results = describe::Computed::new(&[]);
    let scene = slides::scene(&after, &mut results, added, Lang::En, &Theme::LIGHT);
    let plot = scene
        .elements
        .iter()
        .find_map(|e| match e {
            Element::Plot { plot, .. } => Some(plot),
            _ => None,
        })
        .expect("the slide draws its plot");
    assert_eq!(plot.marks, on_screen.marks);
    let names = line_names(plot);
    for persona in &after.personas {
        let drawn = names
            .iter()
            .filter(|n| n.starts_with(&persona.name))
            .count();
        let expected = if shown.contains(&persona.id) { 2 } else { 0 };
        assert_eq!(drawn, expected, "{}: {names:?}", persona.name);
    }
    assert!(
        names
            .iter()
            .any(|n| n.ends_with(&format!("after {}", scenario.name))),
        "{names:?}"
    );
}

#[test]
fn a_slide_as_the_room_sees_it() {
    let fixture = Fixture::new();
    let mut config = cx_workbench::app::AppConfig::for_tests(None, fixture.dialogs.clone());
    config.open = Some(fixture.copy_of("hotel-group.ron"));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_eframe(move |cc| WorkbenchApp::new(cc, config));
    harness.state_mut().settings.presenter_view = false;
    harness.run_steps(3);
    let slide = slide_at(&harness, "sl-profit");
    press(&mut harness, Key::F5);
    jump(&mut harness, slide + 1);
    harness.run_steps(6);
    harness.snapshot("present_slide");
}

#[test]
fn a_slide_dragged_over_two_places_moves_there_in_one_undo_step() {
    let (_dir, mut harness) = app(false);
    let before = project(&harness);
    click(&mut harness, Role::Button, "Slides");
    let row = |h: &Harness<'_, WorkbenchApp>, i: usize| {
        let label = format!("Slide {}: {}", i + 1, before.slides[i].title);
        h.get_by_role_and_label(Role::Button, &label).rect()
    };
    let from = row(&harness, 0).center();
    let to = row(&harness, 2).center();
    harness.hover_at(from);
    harness.drag_at(from);
    harness.run_steps(2);
    for step in 1..=6 {
        harness.hover_at(from + (to - from) * (step as f32 / 6.0));
        harness.run_steps(1);
    }
    harness.drop_at(to);
    harness.run_steps(3);
    let ids: Vec<_> = project(&harness)
        .slides
        .iter()
        .map(|s| s.id.clone())
        .collect();
    assert_eq!(
        ids[2], before.slides[0].id,
        "the first slide went to third place"
    );
    assert_eq!(ids[0], before.slides[1].id);
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        project(&harness),
        before,
        "one undo step takes the drag back"
    );
}

#[test]
fn the_slide_counter_stays_on_one_line_on_a_small_zoomed_screen() {
    // Down to 1280×720 at zoom 1.3 (Ctrl + three times on a projector) and narrower: wherever
    // the toolbar wraps, the counter moves whole.
    let fixture = Fixture::new();
    for width in (680..=1000).step_by(20) {
        let path = fixture.copy_of("hotel-group.ron");
        let size = egui::vec2(width as f32, 720.0 / 1.3);
        let mut harness = fixture.app_sized(Some(path), size);
        click(&mut harness, Role::Button, "Slides");
        harness.run_steps(3);
        let counter = harness.get_by_label("Slide 1 of 11").rect();
        let line = harness.get_by_label("Slides in").rect().height();
        assert!(
            counter.height() < 1.5 * line,
            "at {width} points the counter is {} points tall, a line is {line}",
            counter.height()
        );
    }
}

#[test]
fn a_dutch_project_is_presented_in_dutch_from_an_english_app() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(Some(fixture.copy_of("online-shop.ron")));
    harness.state_mut().settings.language = Some(cx_workbench::i18n::Lang::En);
    harness.run_steps(3);
    assert!(has_label(&harness, "Slides"), "the app speaks English");
    let slide = slide_at(&harness, "sl-winst");
    press(&mut harness, Key::F5);
    jump(&mut harness, slide + 1);
    harness.run_steps(3);
    let plot = harness.state_mut().presented_plot().expect("a plot");
    assert_eq!(plot.lang, cx_workbench::i18n::Lang::Nl, "{}", plot.title);
    // Its live slider speaks Dutch too.
    assert!(
        harness
            .query_all_by_label_contains("Kans dat een nieuwe of passief loyale klant vertrekt")
            .next()
            .is_some()
    );
}

#[test]
fn the_presenter_views_slider_leaves_a_value_outside_the_default_range_alone() {
    let (_dir, mut harness) = app(true);
    // The project's own range and value beyond the catalogue's 0.20–0.73.
    {
        let project = &mut harness.state_mut().doc.project;
        let churn = project
            .assumptions
            .iter_mut()
            .find(|a| a.key == AssumptionKey::ChurnAfterNegative)
            .expect("the sample states it");
        churn.value = 0.85;
        churn.high = 0.9;
    }
    let slide = slide_at(&harness, "sl-profit");
    press(&mut harness, Key::F5);
    jump(&mut harness, slide + 1);
    harness.run_steps(5);
    let show = harness.state().show.as_ref().expect("presenting");
    assert!(!show.whatif.is_changed(), "nothing moved by itself");
}

#[test]
fn f1_in_the_presenter_view_lists_the_keys_there() {
    let (_dir, mut harness) = app(true);
    press(&mut harness, Key::F5);
    press(&mut harness, Key::F1);
    assert!(harness.state().show.as_ref().expect("presenting").keys);
    assert!(has_label(&harness, "Next slide"));
    // Esc closes the list, not the presentation.
    press(&mut harness, Key::Escape);
    assert!(harness.state().presenting(), "still presenting");
}

#[test]
fn the_presenter_view_has_the_slides_sliders_at_full_size_and_asks_keep_there() {
    let (_dir, mut harness) = app(true);
    let before = project(&harness);
    let slide = slide_at(&harness, "sl-profit");
    press(&mut harness, Key::F5);
    jump(&mut harness, slide + 1);
    harness.run_steps(3);
    let plot_before = harness.state_mut().presented_plot().expect("a plot").csv();
    // The room's slide, the presenter's picture of it, and the presenter's own slider.
    let sliders: Vec<egui::Rect> = harness
        .query_all_by_role_and_label(Role::Slider, CHURN)
        .map(|n| n.rect())
        .collect();
    assert_eq!(sliders.len(), 3, "{sliders:?}");
    let widest = sliders.iter().map(|r| r.width()).fold(0.0, f32::max);
    let presenter = harness
        .query_all_by_role_and_label(Role::Slider, CHURN)
        .max_by(|a, b| a.rect().width().total_cmp(&b.rect().width()))
        .expect("a slider");
    assert!(widest >= 300.0, "a slider to work with: {widest}");
    presenter.set_value_accesskit(0.6);
    harness.run_steps(3);
    let plot_after = harness.state_mut().presented_plot().expect("a plot").csv();
    assert_ne!(
        plot_before, plot_after,
        "the presenter's slider moves the room's plot"
    );
    press(&mut harness, Key::Escape);
    assert!(has_label(&harness, "Keep these changes?"));
    click_button(&mut harness, "Discard");
    assert!(!harness.state().presenting());
    unchanged(&harness, &before);
}
