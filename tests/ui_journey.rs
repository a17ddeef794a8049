//! The Journey workspace clicked through the real app with egui_kittest: from File → New a
//! stage and a touchpoint scored for two personas change the emotion curves; an initiative can
//! now change that touchpoint and the scenario overlay shows the adjusted score; a card moves to
//! another stage by drag; the scoring grid is filled by keyboard and by paste (a bad paste
//! changes nothing); a stage with touchpoints is deleted both ways; undo and redo each.

use cx_workbench::app::WorkbenchApp;
use cx_workbench::charts::describe::{Results, describe};
use cx_workbench::i18n::Lang;
use cx_workbench::model::{Id, PlotKind, PlotSpec, Project, Scenario, Target};
use cx_workbench::ui::Workspace;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod common;
use common::*;

/// The app on a copy of the online shop, in the Journey workspace.
fn journey(fixture: &Fixture) -> Harness<'static, WorkbenchApp> {
    let path = fixture.copy_of("online-shop.ron");
    let mut harness = fixture.app(Some(path));
    click_button(&mut harness, "Journey");
    assert_eq!(harness.state().ui.workspace, Workspace::Journey);
    harness
}

/// The emotion curves' CSV, with the overlay of `scenario` if given.
fn curves_csv(project: &Project, scenario: Option<&Id>) -> String {
    let spec = PlotSpec {
        kind: PlotKind::EmotionCurves,
        scenario: scenario.cloned(),
        persona: None,
        personas: Vec::new(),
        absolute: false,
    };
    describe(project, &spec, &Results::default(), Lang::En)
        .expect("curves")
        .csv()
}

/// Clicks the first button named `label` (an empty workspace has two Add buttons).
fn click_first(harness: &mut Harness<'static, WorkbenchApp>, label: &str) {
    let first = harness
        .get_all_by_role_and_label(Role::Button, label)
        .next()
        .map(|n| n.accesskit_node().id())
        .expect("button");
    harness.get_by(|n| n.id() == first).click();
    harness.run_steps(3);
}

fn add_persona(harness: &mut Harness<'static, WorkbenchApp>, name: &str) {
    click_button(harness, "Personas");
    click_first(harness, "+ Add persona");
    replace_text(harness, "Name", name);
    harness.run_steps(2);
}

#[test]
fn from_a_new_project_a_touchpoint_is_scored_changed_by_an_initiative_and_undone() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    shortcut(&mut harness, Modifiers::COMMAND, Key::N);
    add_persona(&mut harness, "Anna");
    add_persona(&mut harness, "Ben");
    click_button(&mut harness, "Journey");
    let before = curves_csv(&project(&harness), None);

    click_button(&mut harness, "+ Stage");
    replace_text(&mut harness, "Name", "Showroom");
    click_button(&mut harness, "Add a touchpoint to Showroom");
    replace_text(&mut harness, "Name", "Test ride");
    click(&mut harness, Role::CheckBox, "Anna uses it");
    click(&mut harness, Role::CheckBox, "Ben uses it");
    harness
        .get_by_role_and_label(Role::Slider, "Score — Anna")
        .set_value_accesskit(-3.0);
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::Slider, "Score — Ben")
        .set_value_accesskit(2.0);
    harness.run_steps(2);
    let p = project(&harness);
    let touchpoint = p
        .touchpoints
        .iter()
        .find(|t| t.name == "Test ride")
        .expect("the touchpoint");
    assert_eq!(
        p.stage(&touchpoint.stage).map(|s| s.name.as_str()),
        Some("Showroom")
    );
    let scores: Vec<f64> = touchpoint.experiences.iter().map(|e| e.score).collect();
    assert_eq!(scores, [-3.0, 2.0]);
    // A new experience's reach is a modest default, said to be one until it is set.
    assert!(
        touchpoint
            .experiences
            .iter()
            .all(|e| e.reach == 0.1 && e.reach_is_default)
    );
    assert!(p.personas.iter().all(|persona| persona.segment.is_default));
    harness
        .get_by_role_and_label(Role::Slider, "Reach — Anna")
        .set_value_accesskit(30.0);
    harness.run_steps(2);
    let reach: Vec<(f64, bool)> = project(&harness)
        .touchpoints
        .iter()
        .find(|t| t.name == "Test ride")
        .map(|t| {
            t.experiences
                .iter()
                .map(|e| (e.reach, e.reach_is_default))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(reach, [(0.3, false), (0.1, true)]);
    // Overview lists what is still the default, as notes, not problems.
    click_button(&mut harness, "Overview");
    assert!(has_label(&harness, "Still the default"));
    assert!(has_label(
        &harness,
        "Test ride: reach is still the default 10 % for Ben"
    ));
    click_button(&mut harness, "Journey");
    let after = curves_csv(&p, None);
    assert_ne!(before, after);
    assert!(after.contains("Showroom,Test ride,0,-3,2"), "{after}");

    // The dead end is gone: an initiative can change the touchpoint.
    click_button(&mut harness, "Initiatives");
    click_first(&mut harness, "+ Add initiative");
    click_button(&mut harness, "+ Add effect");
    let p = project(&harness);
    let initiative = p.initiatives[0].clone();
    assert_eq!(initiative.effects[0].touchpoint, touchpoint.id);
    // A scenario carrying it out: its results and the curves' overlay move.
    let mut with = p.clone();
    with.scenarios.push(Scenario {
        id: Id::from("sc-test"),
        name: "With it".into(),
        initiatives: vec![initiative.id.clone()],
        horizon_periods: 12,
        ..Scenario::default()
    });
    let overlay = curves_csv(&with, Some(&Id::from("sc-test")));
    assert!(overlay.contains("Test ride,0,-3,-2,2,3"), "{overlay}");
    // The scenario's results differ from the project as it is: the journey feeds the model.
    let results = cx_workbench::engine::compare(&with);
    let run = results.scenarios.last().expect("the scenario's run");
    let nps = |r: &cx_workbench::engine::ScenarioRun| r.periods.last().and_then(|p| p.nps_estimate);
    assert_ne!(
        nps(run),
        nps(&results.baseline),
        "the initiative moves the results"
    );

    // The touchpoint lists the initiative; its link opens it.
    click_button(&mut harness, "Journey");
    assert!(has_label(&harness, "New initiative"));

    // Undo everything back to the empty project's journey.
    for _ in 0..13 {
        shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    }
    let undone = project(&harness);
    assert!(undone.touchpoints.is_empty() && undone.initiatives.is_empty());
    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_ne!(project(&harness), undone, "redo brings a step back");
}

#[test]
fn a_stage_with_touchpoints_is_deleted_moving_them_or_with_them_and_both_undo() {
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    let original = project(&harness);
    let in_stage = |p: &Project, stage: &str| {
        p.touchpoints
            .iter()
            .filter(|t| t.stage.as_str() == stage)
            .count()
    };
    let orientation = in_stage(&original, "s-orientation");
    let consideration = in_stage(&original, "s-consideration");

    click_button(&mut harness, "Stage: Oriëntatie");
    click_button(&mut harness, "Delete stage");
    click_button(&mut harness, "Move them to Overweging");
    let p = project(&harness);
    assert!(p.stage(&Id::from("s-orientation")).is_none());
    assert_eq!(p.touchpoints.len(), original.touchpoints.len());
    assert_eq!(in_stage(&p, "s-consideration"), orientation + consideration);
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&harness), original);
    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(project(&harness), p, "redo moves them again");
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);

    click_button(&mut harness, "Stage: Oriëntatie");
    click_button(&mut harness, "Delete stage");
    click_button(
        &mut harness,
        &format!("Delete the stage and its touchpoints ({orientation})"),
    );
    let p = project(&harness);
    assert!(p.stage(&Id::from("s-orientation")).is_none());
    assert_eq!(
        p.touchpoints.len(),
        original.touchpoints.len() - orientation
    );
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&harness), original);
}

#[test]
fn a_card_is_dragged_to_another_stage_and_undo_puts_it_back() {
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    let original = project(&harness);
    let card = |h: &Harness<'_, WorkbenchApp>, starts: &str| {
        h.get_all_by_role(Role::Button)
            .find(|n| {
                n.accesskit_node()
                    .label()
                    .is_some_and(|l| l.starts_with(starts))
            })
            .map(|n| n.rect())
            .expect("card")
    };
    let from = card(&harness, "Zoekadvertentie");
    let to = card(&harness, "Productpagina");
    harness.hover_at(from.center());
    harness.run_steps(1);
    harness.drag_at(from.center());
    harness.run_steps(1);
    for k in 1..=6 {
        harness.hover_at(
            from.center()
                .lerp(to.left_top() + egui::vec2(40.0, 8.0), k as f32 / 6.0),
        );
        harness.run_steps(1);
    }
    harness.drop_at(to.left_top() + egui::vec2(40.0, 8.0));
    harness.run_steps(3);
    let p = project(&harness);
    let moved = p
        .touchpoint(&Id::from("tp-zoekadvertentie"))
        .expect("still there");
    assert_eq!(moved.stage, Id::from("s-consideration"));
    let first = p
        .touchpoints
        .iter()
        .find(|t| t.stage.as_str() == "s-consideration");
    assert_eq!(
        first.map(|t| &t.id),
        Some(&moved.id),
        "dropped before the first card"
    );
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&harness), original);
}

#[test]
fn the_grid_is_filled_by_keyboard_and_by_paste_and_a_bad_paste_changes_nothing() {
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    click_button(&mut harness, "Scoring grid");
    let p = project(&harness);
    let first = p.touchpoints[0].clone();
    let persona = p.personas[0].clone();
    click_button(&mut harness, &format!("{} · {}", first.name, persona.name));
    harness.event(egui::Event::Text("4".into()));
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    assert_eq!(
        project(&harness).touchpoints[0]
            .experience_of(&persona.id)
            .map(|e| e.score),
        Some(4.0)
    );
    // Back up, Delete: does not use it.
    harness.key_press(Key::ArrowUp);
    harness.key_press(Key::Delete);
    harness.run_steps(2);
    assert!(
        project(&harness).touchpoints[0]
            .experience_of(&persona.id)
            .is_none()
    );

    // A block from a spreadsheet: two rows, two personas.
    harness.event(egui::Event::Paste("1\t-2\n3,5\t5".into()));
    harness.run_steps(2);
    let p = project(&harness);
    let score = |t: usize, q: usize| {
        p.touchpoints[t]
            .experience_of(&p.personas[q].id)
            .map(|e| e.score)
    };
    assert_eq!(
        [score(0, 0), score(0, 1), score(1, 0), score(1, 1)],
        [Some(1.0), Some(-2.0), Some(3.5), Some(5.0)]
    );

    // A bad paste: one cell out of range, one not a number — nothing changes.
    harness.event(egui::Event::Paste("2\t9\nfoo\t1".into()));
    harness.run_steps(2);
    assert_eq!(project(&harness), p);
    assert!(harness.query_by_label_contains("Nothing pasted").is_some());

    // One paste is one undo step.
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        project(&harness).touchpoints[1]
            .experience_of(&persona.id)
            .map(|e| e.score),
        first_score_of(&fixture, 1, &persona.id)
    );
}

#[test]
fn tab_in_the_grid_keeps_the_score_and_moves_to_the_next_cell() {
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    click_button(&mut harness, "Scoring grid");
    let p = project(&harness);
    let first = p.touchpoints[0].clone();
    click_button(
        &mut harness,
        &format!("{} · {}", first.name, p.personas[0].name),
    );
    // Three scores along the row, each followed by Tab, as a workshop types them.
    for score in ["4", "-2", "3"] {
        harness.event(egui::Event::Text(score.into()));
        harness.run_steps(1);
        harness.key_press(Key::Tab);
        harness.run_steps(2);
    }
    let p = project(&harness);
    let scores: Vec<Option<f64>> = (0..3)
        .map(|q| {
            p.touchpoints[0]
                .experience_of(&p.personas[q].id)
                .map(|e| e.score)
        })
        .collect();
    assert_eq!(scores, [Some(4.0), Some(-2.0), Some(3.0)]);
    // Shift+Tab goes back a cell and the next number lands there.
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    harness.run_steps(2);
    harness.event(egui::Event::Text("1".into()));
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    let p = project(&harness);
    assert_eq!(
        p.touchpoints[0]
            .experience_of(&p.personas[2].id)
            .map(|e| e.score),
        Some(1.0)
    );
}

/// The score of touchpoint `t` for `persona` in the sample as saved.
fn first_score_of(fixture: &Fixture, t: usize, persona: &Id) -> Option<f64> {
    let path = fixture.copy_of("online-shop.ron");
    let project = cx_workbench::store::load(&path).expect("sample").project;
    project.touchpoints[t]
        .experience_of(persona)
        .map(|e| e.score)
}

#[test]
fn a_touchpoint_links_to_the_initiatives_that_change_it_and_back() {
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    let p = project(&harness);
    let initiative = p
        .initiatives
        .iter()
        .find(|i| !i.effects.is_empty())
        .expect("an initiative with an effect")
        .clone();
    let touchpoint = p
        .touchpoint(&initiative.effects[0].touchpoint)
        .expect("its touchpoint")
        .clone();
    let stage = p.stage(&touchpoint.stage).expect("its stage").name.clone();

    // Opened as a link from elsewhere does (an Overview problem, what an initiative
    // touches): the map scrolls to its card and the editor lists the initiative.
    let target = cx_workbench::model::Target::Touchpoint(touchpoint.id.clone());
    harness.state_mut().ui.open(Workspace::Journey, &target);
    harness.run_steps(3);
    let in_view = harness.get_all_by_role(Role::Button).any(|n| {
        n.accesskit_node()
            .label()
            .is_some_and(|l| l.starts_with(&touchpoint.name))
    });
    assert!(in_view, "its card is in view");
    assert_eq!(
        harness.state().ui.journey.selected,
        Some(touchpoint.id.clone())
    );
    click(&mut harness, Role::Link, &initiative.name);
    assert_eq!(harness.state().ui.workspace, Workspace::Initiatives);
    assert_eq!(
        harness.state().ui.initiatives.selected,
        Some(initiative.id.clone())
    );

    // What it touches opens the touchpoint in the journey.
    harness.state_mut().ui.journey.selected = None;
    click(
        &mut harness,
        Role::Link,
        &format!("{stage} › {}", touchpoint.name),
    );
    assert_eq!(harness.state().ui.workspace, Workspace::Journey);
    assert_eq!(harness.state().ui.journey.selected, Some(touchpoint.id));
}

#[test]
fn a_problem_about_a_touchpoint_opens_it_in_the_journey() {
    let fixture = Fixture::new();
    let path = fixture.copy_edited("hotel-group.ron", |text| {
        text.replace("name: \"Kitchen-garden reels on Instagram\"", "name: \"\"")
    });
    let mut harness = fixture.app(Some(path));
    click_button(&mut harness, "Overview");
    let problem = harness
        .state()
        .problems()
        .iter()
        .find(|p| p.target == Target::Touchpoint(Id::from("tp-instagram")))
        .map(|p| p.describe(Lang::En))
        .expect("a problem about the touchpoint without a name");
    harness.get_by_label(&problem).click();
    harness.run_steps(3);
    let app = harness.state();
    assert_eq!(app.ui.workspace, Workspace::Journey);
    assert_eq!(app.ui.journey.selected, Some(Id::from("tp-instagram")));
}

/// The name of a node: its label, or a text label's text.
fn text_of(node: &egui_kittest::Node<'_>) -> Option<String> {
    let node = node.accesskit_node();
    node.label().or_else(|| node.value())
}

/// The rectangle of the first node with `role` whose name starts with `starts`.
fn rect_of(harness: &Harness<'_, WorkbenchApp>, role: Role, starts: &str) -> egui::Rect {
    harness
        .get_all_by_role(role)
        .find(|n| text_of(n).is_some_and(|l| l.starts_with(starts)))
        .map(|n| n.rect())
        .unwrap_or_else(|| panic!("no {role:?} named {starts:?}…"))
}

/// Hovers the emotion curves at `x` and returns what the hover says.
fn curves_hover_at(harness: &mut Harness<'_, WorkbenchApp>, x: f32) -> String {
    let strip = rect_of(harness, Role::Image, "Emotion curves");
    harness.hover_at(egui::pos2(x, strip.center().y));
    // Hover texts wait half a second.
    harness.run_steps(40);
    harness
        .get_all_by_role(Role::Label)
        .filter_map(|n| text_of(&n))
        .find(|l| l.contains('\n'))
        .unwrap_or_default()
}

#[test]
fn each_touchpoint_on_the_curves_sits_under_its_card_and_scrolls_with_the_map() {
    use cx_workbench::ui::journey::geometry::Geometry;
    let geo = Geometry::FULL;
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    let p = project(&harness);
    // Every touchpoint of the second stage: its point's x, from the shared geometry, lies in
    // its card's column, and hovering the curves there names that touchpoint.
    let stage = &p.stages[1];
    let cards: Vec<_> = p
        .touchpoints
        .iter()
        .filter(|t| t.stage == stage.id)
        .collect();
    assert!(cards.len() > 1, "a stage with several touchpoints");
    let mut checked = 0;
    for (k, touchpoint) in cards.iter().enumerate() {
        // The cards in view (the map lays out only those).
        let Some(card) = harness
            .get_all_by_role(Role::Button)
            .find(|n| {
                n.accesskit_node()
                    .label()
                    .is_some_and(|l| l.starts_with(&touchpoint.name))
            })
            .map(|n| n.rect())
        else {
            continue;
        };
        checked += 1;
        let x = card.left() + geo.touchpoint_x(1, k, cards.len()) - geo.column_left(1);
        assert!(
            card.x_range().contains(x),
            "{} within its card",
            touchpoint.name
        );
        let hover = curves_hover_at(&mut harness, x);
        assert!(
            hover.starts_with(&format!("{} · {}", touchpoint.name, stage.name)),
            "hovering the curves under {} names it: {hover:?}",
            touchpoint.name
        );
    }
    assert!(checked >= 2, "several cards of the stage in view");
    // Scroll the map sideways: the curves follow, so the last stage's cards and points still
    // line up.
    let map = rect_of(
        &harness,
        Role::Button,
        &format!("Stage: {}", p.stages[0].name),
    );
    harness.hover_at(map.center() + egui::vec2(0.0, 120.0));
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(-2000.0, 0.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(40);
    let last = p.stages.len() - 1;
    let stage = &p.stages[last];
    let cards: Vec<_> = p
        .touchpoints
        .iter()
        .filter(|t| t.stage == stage.id)
        .collect();
    let touchpoint = cards[0];
    let card = rect_of(&harness, Role::Button, &touchpoint.name);
    let x = card.left() + geo.touchpoint_x(last, 0, cards.len()) - geo.column_left(last);
    let hover = curves_hover_at(&mut harness, x);
    assert!(
        hover.starts_with(&format!("{} · {}", touchpoint.name, stage.name)),
        "after scrolling, hovering under {} names it: {hover:?}",
        touchpoint.name
    );
}

#[test]
fn lanes_switch_on_under_the_map_and_list_each_stage_pain_points() {
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    let p = project(&harness);
    let touchpoint = &p.touchpoints[0];
    let pain = touchpoint.pain_points[0].clone();
    let lane = |h: &Harness<'_, WorkbenchApp>| {
        h.get_all_by_role(Role::Label)
            .filter_map(|n| text_of(&n))
            .any(|l| l.starts_with("Pain points: ") && l.contains(&pain))
    };
    assert!(!lane(&harness), "lanes are off at first");
    harness.get_by_label("Pain points").click();
    harness.run_steps(3);
    assert!(lane(&harness), "the lane lists {pain:?}");
    // Its cell sits in the first stage's column, under the map.
    let cell = rect_of(&harness, Role::Label, "Pain points: ");
    let header = rect_of(
        &harness,
        Role::Button,
        &format!("Stage: {}", p.stages[0].name),
    );
    assert!(cell.left() >= header.left() - 1.0 && cell.right() <= header.right() + 1.0);
    assert!(cell.top() > header.bottom());
    harness.get_by_label("Pain points").click();
    harness.run_steps(3);
    assert!(!lane(&harness), "and off again");
}

#[test]
fn no_legend_covers_the_first_stage_name() {
    for (size, what) in [
        (egui::vec2(1600.0, 1000.0), "1600×1000"),
        (
            egui::vec2(1280.0 / 1.3, 720.0 / 1.3),
            "1280×720 at zoom 1.3",
        ),
    ] {
        let fixture = Fixture::new();
        let mut harness = fixture.app_sized(Some(fixture.copy_of("online-shop.ron")), size);
        click_button(&mut harness, "Journey");
        // The full map, with its legend (a projector opens the whole journey).
        harness.state_mut().ui.journey.fit = false;
        harness.run_steps(3);
        let first = project(&harness).stages[0].name.clone();
        let curves_legend = rect_of(&harness, Role::Group, "Legend of the emotion curves");
        let curves_name = rect_of(&harness, Role::Label, &first);
        assert!(
            !curves_legend.intersects(curves_name),
            "{what}: the curves' legend {curves_legend:?} covers {first:?} {curves_name:?}"
        );
        let map_legend = rect_of(&harness, Role::Group, "Legend of the map");
        let header = rect_of(&harness, Role::Button, &format!("Stage: {first}"));
        assert!(
            !map_legend.intersects(header),
            "{what}: the map's legend covers the first stage"
        );
        // The stage's name on the curves is over its column on the map.
        assert!(curves_name.left() >= header.left() && curves_name.left() < header.right());
    }
}

#[test]
fn another_project_opens_with_the_map_at_its_first_stage() {
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    let first_stage = |h: &Harness<'_, WorkbenchApp>| {
        let name = format!("Stage: {}", project(h).stages[0].name);
        h.get_all_by_role(Role::Button)
            .find(|n| text_of(n).is_some_and(|l| l.starts_with(&name)))
            .map(|n| n.rect().left())
    };
    let start = first_stage(&harness).expect("the first stage in view");
    // Scroll the map to its end.
    harness.hover_at(egui::pos2(900.0, 400.0));
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(-4000.0, 0.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(40);
    assert!(
        first_stage(&harness).is_none_or(|left| left < start - 100.0),
        "the map scrolled"
    );
    // Another project: its map starts at its first stage, not where the last one was left.
    let before = project(&harness).meta.name;
    shortcut(&mut harness, Modifiers::COMMAND, Key::N);
    harness.run_steps(10);
    assert_ne!(project(&harness).meta.name, before, "a new project");
    let left = first_stage(&harness).expect("the first stage in view");
    assert!((left - start).abs() < 1.0, "{left} against {start}");
}

#[test]
fn the_whole_journey_fits_a_projector_screen_and_back() {
    // 1280×720 at zoom 1.3, in points.
    let size = egui::Vec2::new(1280.0, 720.0) / 1.3;
    let fixture = Fixture::new();
    let mut harness = fixture.app_sized(Some(fixture.copy_of("online-shop.ron")), size);
    click_button(&mut harness, "Journey");
    let project = project(&harness);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let in_view = |harness: &Harness<'_, WorkbenchApp>, label: &str| {
        harness
            .query_all_by_role(Role::Button)
            .find(|n| {
                n.accesskit_node()
                    .label()
                    .is_some_and(|l| l.starts_with(label))
            })
            .is_some_and(|n| window.contains_rect(n.rect()))
    };
    // A projector's window opens the whole journey; the key shows the full map, which
    // scrolls sideways (the last stage out of view), and brings the whole journey back.
    assert!(harness.state().ui.journey.fit, "whole on a projector");
    let last = format!("Stage: {}", project.stages.last().expect("stages").name);
    assert!(in_view(&harness, &last));
    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    harness.run_steps(3);
    assert!(!harness.state().ui.journey.fit);
    assert!(!in_view(&harness, &last));
    shortcut(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    harness.run_steps(3);
    assert!(
        harness.state().ui.journey.fit,
        "the key puts it on one screen"
    );
    for stage in &project.stages {
        let label = format!("Stage: {}", stage.name);
        assert!(in_view(&harness, &label), "{label} in view");
    }
    for touchpoint in &project.touchpoints {
        assert!(
            in_view(&harness, &format!("{} ·", touchpoint.name)),
            "{} in view",
            touchpoint.name
        );
    }
    // The curves under them, whole, with room to read them.
    let curves = harness.get_by_role_and_label(Role::Image, "Emotion curves");
    assert!(window.contains_rect(curves.rect()));
    assert!(curves.rect().height() >= 100.0, "{:?}", curves.rect());
    // The button says so, and takes it back.
    click_button(&mut harness, "Whole journey on one screen");
    assert!(!harness.state().ui.journey.fit);
}

#[test]
fn copy_as_mermaid_copies_the_journeys_of_the_personas_shown() {
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    let copied = |h: &Harness<'static, WorkbenchApp>| -> Vec<String> {
        h.output()
            .platform_output
            .commands
            .iter()
            .filter_map(|c| match c {
                egui::OutputCommand::CopyText(text) => Some(text.clone()),
                _ => None,
            })
            .collect()
    };
    harness.get_by_label("Copy as Mermaid").click();
    harness.step();
    let all = copied(&harness);
    let project = project(&harness);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].matches("journey\n").count(), project.personas.len());
    harness.run_steps(2);
    // One persona chosen (as the filter chips do): only that journey.
    harness.state_mut().ui.journey.hidden =
        project.personas[1..].iter().map(|p| p.id.clone()).collect();
    harness.run_steps(2);
    harness.get_by_label("Copy as Mermaid").click();
    harness.step();
    let one = copied(&harness);
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].matches("journey\n").count(), 1);
    assert!(one[0].contains(&project.personas[0].name), "{}", one[0]);
}

#[test]
fn the_grid_goes_out_to_a_spreadsheet_and_back_in_as_one_undo_step() {
    let fixture = Fixture::new();
    let mut harness = journey(&fixture);
    click_button(&mut harness, "Scoring grid");
    let csv = fixture.dir.path().join("workshop.csv");
    fixture.dialogs.answer(&csv);
    click_button(&mut harness, "Export grid…");
    let text = std::fs::read_to_string(&csv).expect("the grid was written");
    let before = project(&harness);
    assert_eq!(text.lines().count(), before.touchpoints.len() + 1);
    // The workshop scores the first touchpoint's first persona +5 (the Dutch sample's grid
    // has semicolons, as a Dutch Excel reads them).
    let separator = if text.lines().next().unwrap_or_default().contains(';') {
        ";"
    } else {
        ","
    };
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut cells: Vec<String> = lines[1].split(separator).map(str::to_string).collect();
    cells[7] = "5".into();
    lines[1] = cells.join(separator);
    std::fs::write(&csv, lines.join("\n") + "\n").expect("edited");
    fixture.dialogs.answer(&csv);
    click_button(&mut harness, "Import grid…");
    assert!(has_label(
        &harness,
        "Touchpoints that change: 1. Touchpoints added: 0."
    ));
    assert_eq!(project(&harness), before, "nothing changes before Apply");
    click_button(&mut harness, "Apply");
    let after = project(&harness);
    let first = &after
        .touchpoints
        .iter()
        .find(|t| t.id.as_str() == cells[0])
        .expect("the row's touchpoint");
    assert_eq!(first.experiences[0].score, 5.0);
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&harness), before, "one undo step");
}
