//! The Initiatives workspace clicked through the real app with egui_kittest: add an initiative,
//! name it, choose a strategy, set its costs, give it an effect for one persona and read the
//! before ➡ after preview; undo it step by step; delete an initiative that scenarios use and
//! bring it back; fix an effect whose touchpoint no longer exists; empty states; Dutch costs.

use cx_workbench::app::WorkbenchApp;
use cx_workbench::i18n::Lang;
use cx_workbench::model::{Effect, Id, Initiative, InitiativeKind, Strategy};
use cx_workbench::store;
use cx_workbench::ui::Workspace;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod common;
use common::*;

/// The app with a copy of the online shop, changed by `edit`, in the Initiatives workspace.
fn initiatives(
    fixture: &Fixture,
    edit: impl FnOnce(String) -> String,
) -> Harness<'static, WorkbenchApp> {
    let path = fixture.copy_edited("online-shop.ron", edit);
    let mut harness = fixture.app(Some(path));
    click_button(&mut harness, "Initiatives");
    assert_eq!(harness.state().ui.workspace, Workspace::Initiatives);
    harness
}

/// The initiative shown in the workspace.
fn shown(harness: &Harness<'_, WorkbenchApp>) -> Initiative {
    let app = harness.state();
    let id = app
        .ui
        .initiatives
        .selected
        .clone()
        .expect("an initiative is shown");
    app.doc
        .project
        .initiative(&id)
        .cloned()
        .expect("the shown initiative exists")
}

#[test]
fn add_an_initiative_with_a_strategy_costs_and_an_effect_then_undo_it_step_by_step() {
    let fixture = Fixture::new();
    let mut harness = initiatives(&fixture, |text| text);
    let original = project(&harness);

    click_button(&mut harness, "+ Add initiative");
    assert_eq!(
        project(&harness).initiatives.len(),
        original.initiatives.len() + 1
    );
    // The new initiative comes after the selected (first) one, its name selected for typing.
    assert_eq!(project(&harness).initiatives[1].id, shown(&harness).id);
    harness.run_steps(2);
    harness.event(egui::Event::Text("Gratis montage aan huis".into()));
    harness.run_steps(2);
    assert_eq!(shown(&harness).name, "Gratis montage aan huis");

    choose(&mut harness, "Strategy or trigger", "Loyalty programme");
    assert_eq!(
        shown(&harness).kind,
        InitiativeKind::Strategy(Strategy::LoyaltyProgramme)
    );
    assert!(
        has_label(
            &harness,
            "Strategy from \"De evolutie van CX in e-commerce\": Rewards that encourage continued engagement."
        ),
        "the article's description of the chosen strategy is shown"
    );

    harness
        .get_by_role_and_label(Role::SpinButton, "One-off cost")
        .set_value_accesskit(25_000.0);
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::SpinButton, "Running cost per month")
        .set_value_accesskit(1_500.0);
    harness.run_steps(2);
    assert_eq!(
        (
            shown(&harness).one_off_cost,
            shown(&harness).cost_per_period
        ),
        (25_000.0, 1_500.0)
    );
    assert!(
        has_label(
            &harness,
            "€25,000 one-off + €1,500 per month · first year €43,000"
        ),
        "the costs read as a sentence, with the first year's total"
    );

    assert!(has_label(
        &harness,
        "This initiative does not change any experience yet."
    ));
    click_button(&mut harness, "+ Add effect");
    assert_eq!(
        shown(&harness).effects,
        [Effect {
            touchpoint: Id::from("tp-zoekadvertentie"),
            personas: Vec::new(),
            score_change: 1.0,
            effort_change: 0.0,
        }],
        "a new effect: the first touchpoint of the journey, all personas, +1"
    );

    choose(&mut harness, "Touchpoint", "Retour sturen en terugbetaling");
    click_button(&mut harness, "Gerrit Bosman");
    harness
        .get_by_role_and_label(Role::Slider, "Score change")
        .set_value_accesskit(2.5);
    harness.run_steps(2);
    assert_eq!(
        shown(&harness).effects,
        [Effect {
            touchpoint: Id::from("tp-retour"),
            personas: vec![Id::from("p-gerrit")],
            score_change: 2.5,
            effort_change: 0.0,
        }]
    );

    // What it touches: Gerrit's return experience goes from −1.5 to +1.0, his effort stays 2.
    assert!(has_label(
        &harness,
        "Changes 1 touchpoint for 1 persona: 1 experience better."
    ));
    assert!(has_label(
        &harness,
        "Service en aftersales › Retour sturen en terugbetaling"
    ));
    assert!(has_label(&harness, "−1.5 ➡ +1.0"), "score before ➡ after");
    assert!(has_label(&harness, "⏶ +2.5 better"));
    assert!(has_label(&harness, "2.0 ➡ 2.0"), "effort unchanged");
    assert!(
        harness
            .query_by_role_and_label(Role::Label, "Ans Verhoeven")
            .is_none(),
        "personas the effect does not apply to are not in the preview"
    );

    // Undo, one step at a time: score, persona, touchpoint, effect, costs, kind, name, add.
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(shown(&harness).effects[0].score_change, 1.0);
    assert!(has_label(&harness, "−1.5 ➡ −0.5"), "the preview follows");
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(shown(&harness).effects[0].personas.is_empty());
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        shown(&harness).effects[0].touchpoint,
        Id::from("tp-zoekadvertentie")
    );
    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(shown(&harness).effects.is_empty());
    for _ in 0..5 {
        shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    }
    assert_eq!(project(&harness), original, "back where we started");
    assert!(!harness.state().doc.is_dirty());
}

#[test]
fn deleting_an_initiative_takes_it_out_of_every_scenario_and_undo_puts_it_back() {
    let fixture = Fixture::new();
    let mut harness = initiatives(&fixture, |text| text);
    let before = project(&harness);
    let chatbot = Id::from("i-chatbot-mens");
    let using: Vec<&str> = before
        .scenarios
        .iter()
        .filter(|s| s.initiatives.contains(&chatbot))
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(
        using,
        [
            "Service eerst",
            "Alles-in",
            "Alles-in, voorzichtig gerekend"
        ]
    );

    click_button(&mut harness, "Training empathie en probleemoplossing");
    click_button(
        &mut harness,
        "Chatbot met snelle doorverbinding naar een mens",
    );
    assert_eq!(shown(&harness).id, chatbot);
    for name in &using {
        assert!(
            harness.query_by_role_and_label(Role::Link, name).is_some(),
            "{name} is listed as using the initiative"
        );
    }

    click_button(&mut harness, "Delete");
    let after = project(&harness);
    assert!(after.initiative(&chatbot).is_none());
    for (scenario, old) in after.scenarios.iter().zip(&before.scenarios) {
        let expected: Vec<&Id> = old.initiatives.iter().filter(|i| **i != chatbot).collect();
        let actual: Vec<&Id> = scenario.initiatives.iter().collect();
        assert_eq!(
            actual, expected,
            "{}: only the chatbot is gone",
            scenario.name
        );
    }
    assert!(
        harness
            .query_by_role_and_label(Role::Link, "Service eerst")
            .is_some(),
        "the next initiative (training) is shown, also used in Service eerst"
    );
    assert_ne!(shown(&harness).id, chatbot);

    shortcut(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        project(&harness),
        before,
        "Ctrl+Z puts it back in every scenario"
    );

    // A scenario link opens that scenario.
    click_button(
        &mut harness,
        "Chatbot met snelle doorverbinding naar een mens",
    );
    click(&mut harness, Role::Link, "Alles-in, voorzichtig gerekend");
    let ui = &harness.state().ui;
    assert_eq!(ui.workspace, Workspace::Scenarios);
    assert_eq!(
        ui.scenarios.selected,
        Some(Id::from("sc-alles-voorzichtig"))
    );
}

#[test]
fn an_effect_on_a_touchpoint_that_no_longer_exists_is_shown_and_can_be_fixed() {
    let fixture = Fixture::new();
    let mut harness = initiatives(&fixture, |text| {
        text.replacen(
            "(touchpoint: \"tp-klantenservice-telefoon\", personas: [\"p-gerrit\"]",
            "(touchpoint: \"tp-fax\", personas: [\"p-gerrit\", \"p-vertrokken\"]",
            1,
        )
    });
    assert_eq!(shown(&harness).id, Id::from("i-chatbot-mens"));
    assert!(
        harness
            .query_by_label_contains("This touchpoint no longer exists")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains(
                "names a touchpoint that no longer exists; it changes nothing: tp-fax"
            )
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("⚠ initiatives[0].effects[2].touchpoint")
            .is_some(),
        "the validation problem is shown with the initiative"
    );

    // The unknown persona can be taken out, and a real touchpoint chosen.
    click_button(
        &mut harness,
        "⚠ p-vertrokken (unknown persona — click to remove)",
    );
    choose(&mut harness, "Touchpoint", "Telefonische klantenservice");
    let effect = &shown(&harness).effects[2];
    assert_eq!(effect.touchpoint, Id::from("tp-klantenservice-telefoon"));
    assert_eq!(effect.personas, [Id::from("p-gerrit")]);
    assert!(
        harness
            .query_by_label_contains("This touchpoint no longer exists")
            .is_none()
    );
    assert!(
        has_label(&harness, "+2.5 ➡ +1.5"),
        "Gerrit's phone call gets worse"
    );
    assert!(has_label(&harness, "⏷ −1.0 worse"));

    // Remove it instead: the effect is gone, the other two stay.
    let removes = harness.get_all_by_role_and_label(Role::Button, "🗑 Remove effect");
    let last = removes
        .last()
        .map(|n| n.accesskit_node().id())
        .expect("remove buttons");
    harness.get_by(|n| n.id() == last).scroll_to_me();
    harness.run_steps(30);
    harness.get_by(|n| n.id() == last).click();
    harness.run_steps(2);
    assert_eq!(shown(&harness).effects.len(), 2);
}

#[test]
fn a_project_without_initiatives_or_touchpoints_says_what_to_do() {
    let fixture = Fixture::new();
    let mut harness = fixture.app(None);
    shortcut(&mut harness, Modifiers::COMMAND, Key::N);
    assert!(harness.state().doc.project.initiatives.is_empty());
    harness.state_mut().ui.workspace = Workspace::Initiatives;
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("No initiatives yet.")
            .is_some()
    );
    let add = harness.get_all_by_role_and_label(Role::Button, "+ Add initiative");
    let first = add
        .into_iter()
        .next()
        .map(|n| n.accesskit_node().id())
        .expect("add button");
    harness.get_by(|n| n.id() == first).click();
    harness.run_steps(3);
    assert_eq!(harness.state().doc.project.initiatives.len(), 1);
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "+ Add effect")
            .accesskit_node()
            .is_disabled(),
        "no touchpoints to change yet"
    );
    assert!(has_label(
        &harness,
        "The project has no touchpoints yet; add them to the customer journey first."
    ));
    assert!(has_label(&harness, "No costs entered yet"));
    assert!(
        harness
            .query_by_label_contains("Not in any scenario yet.")
            .is_some()
    );
}

#[test]
fn costs_and_changes_read_in_dutch() {
    let fixture = Fixture::new();
    let mut harness = initiatives(&fixture, |text| text);
    harness.state_mut().settings.language = Some(Lang::Nl);
    harness.run_steps(3);
    assert!(has_label(
        &harness,
        "€ 35.000 eenmalig + € 1.800 per maand · eerste jaar € 56.600"
    ));
    assert!(has_label(&harness, "Wat het raakt"));
    assert!(has_label(&harness, "−3,0 ➡ −1,5"), "Gerrit in the chat");
    assert!(has_label(&harness, "⏶ +1,5 makkelijker"));
    // The project's content is untouched by the change of language.
    assert_eq!(
        harness.state().doc.project,
        store::load(&fixture.dir.path().join("online-shop.ron"))
            .expect("load")
            .project
    );
}
