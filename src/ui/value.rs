//! The Value workspace: per persona the four value elements (expectation, proposition,
//! perception, realisation) with their evidence, the bars with the expectation–perception gap
//! (Oliver 1980), every persona's gap ranked from the worst, and what closing the gap is worth
//! in money, computed by the engine.

use super::persona_pick::{Pick, persona_pick_ui};
use super::plots::{MIN_PLOT_WIDTH, color, plot_ui};
use super::style::section;
use super::widgets::number_slider;
use super::{Env, WorkspaceView};
use crate::charts::models::{element_label, gap_color};
use crate::context::Action;
use crate::engine::gap_worth::GapWorth;
use crate::i18n::{Lang, Text, numbers, t, tr};
use crate::model::persona::MAX_ASSESSMENT_SCORE;
use crate::model::scenario::AssumptionKey;
use crate::model::{Period, Persona, PlotKind, PlotSpec, Project, Target, ValueElement};
use egui::{RichText, Slider};

/// What the Value workspace remembers between frames.
#[derive(Default)]
pub struct ValueState {
    /// The persona shown.
    pub pick: Pick,
}

impl WorkspaceView for ValueState {
    const NAME: &'static str = "value";
    const LABEL: Text = tr::WS_VALUE;
    const SUMMARY: Text = tr::WS_VALUE_SUMMARY;

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        value_ui(ui, project, self, env);
    }
}

/// What each element asks, in a line.
pub fn explanation(element: ValueElement) -> Text {
    match element {
        ValueElement::Expectation => t(
            "What the customer expects, from wishes, earlier experiences, needs and word of mouth.",
            "Wat de klant verwacht, vanuit wensen, eerdere ervaringen, behoeften en mond-tot-mondreclame.",
        ),
        ValueElement::Proposition => t(
            "How unique our offer is: what the customer finds here and not elsewhere.",
            "Hoe uniek ons aanbod is: wat de klant hier vindt en elders niet.",
        ),
        ValueElement::Perception => t(
            "The benefits against the costs as the customer sees them, compared with a competitor.",
            "De baten tegenover de kosten zoals de klant ze ziet, vergeleken met een concurrent.",
        ),
        ValueElement::Realisation => t(
            "The value the relationship creates over time, for the customer and for us.",
            "De waarde die de relatie in de loop van de tijd oplevert, voor de klant en voor ons.",
        ),
    }
}

/// Draws the Value workspace.
pub fn value_ui(ui: &mut egui::Ui, project: &mut Project, state: &mut ValueState, env: &mut Env) {
    let lang = env.lang;
    let index = state.pick.resolve(&project.personas);
    persona_pick_ui(
        ui,
        "value-personas",
        &project.personas,
        &mut state.pick,
        false,
        lang,
        |p| {
            format!(
                "{} {}",
                t("Gap:", "Kloof:").get(lang),
                numbers::signed(p.value.gap(), 1, lang)
            )
        },
    );
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(index) = index else {
            ui.label(
                t(
                    "No personas yet: add them in the Personas workspace.",
                    "Nog geen persona's: voeg ze toe in de werkruimte Persona's.",
                )
                .get(lang),
            );
            return;
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(1300.0));
            ui.label(RichText::new(&project.personas[index].name).size(26.0).strong());
            ui.label(t(
                "Expectation–disconfirmation (Oliver 1980): a customer compares what they get with what they expected; a perception below the expectation predicts dissatisfaction, and in the scenarios it makes passive customers switch sooner.",
                "Expectation–disconfirmation (Oliver 1980): een klant vergelijkt wat hij krijgt met wat hij verwachtte; een perceptie onder de verwachting voorspelt ontevredenheid, en in de scenario's laat ze passieve klanten eerder overstappen.",
            ).get(lang));
            let wide = ui.available_width() > 2.0 * MIN_PLOT_WIDTH;
            if wide {
                ui.columns(2, |cols| {
                    elements_ui(&mut cols[0], &mut project.personas[index], lang);
                    bars_ui(&mut cols[1], project, index, env);
                });
            } else {
                elements_ui(ui, &mut project.personas[index], lang);
                bars_ui(ui, project, index, env);
            }
            worth_ui(ui, project, index, env);
            if let Some(plot) = env.plot(project, &PlotSpec::of(PlotKind::ValueGapRanking)) {
                ui.add_space(12.0);
                let height = (project.personas.len() as f32 * 28.0 + 90.0).clamp(220.0, 900.0);
                plot_ui(ui, env, "value-ranking", &plot, height);
            }
            ui.add_space(24.0);
        });
    });
}

fn elements_ui(ui: &mut egui::Ui, persona: &mut Persona, lang: Lang) {
    for element in ValueElement::ALL {
        section(ui, element_label(element).get(lang));
        ui.label(RichText::new(explanation(element).get(lang)).weak());
        let score = persona.value.get_mut(element);
        egui::Grid::new(("value-score", element.field()))
            .num_columns(2)
            .spacing([16.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label(t("Score", "Score").get(lang));
                ui.add(number_slider(
                    Slider::new(&mut score.score, 0.0..=MAX_ASSESSMENT_SCORE).step_by(0.5),
                    lang,
                ))
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t("Evidence", "Onderbouwing").get(lang));
                ui.add(
                    egui::TextEdit::multiline(&mut score.note)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
                ui.end_row();
            });
    }
}

fn bars_ui(ui: &mut egui::Ui, project: &Project, index: usize, env: &mut Env) {
    let lang = env.lang;
    let spec = PlotSpec {
        persona: Some(project.personas[index].id.clone()),
        ..PlotSpec::of(PlotKind::ValueGaps)
    };
    if let Some(plot) = env.plot(project, &spec) {
        plot_ui(ui, env, "value-bars", &plot, 360.0);
    }
    let gap = project.personas[index].value.gap();
    let text = format!(
        "{} {}",
        t(
            "Gap (perception − expectation):",
            "Kloof (perceptie − verwachting):"
        )
        .get(lang),
        numbers::signed(gap, 1, lang)
    );
    ui.label(
        RichText::new(text)
            .size(17.0)
            .strong()
            .color(color(gap_color(gap))),
    );
}

fn worth_ui(ui: &mut egui::Ui, project: &Project, index: usize, env: &mut Env) {
    let lang = env.lang;
    section(
        ui,
        t(
            "What closing the gap is worth",
            "Wat het dichten van de kloof oplevert",
        )
        .get(lang),
    );
    let persona = &project.personas[index];
    let Some(worth) = env.results.gap_worth(project, &persona.id).cloned() else {
        return;
    };
    let currency = &project.meta.currency;
    let period = periods_word(project.settings.period, lang);
    ui.label(
        RichText::new(headline(&worth, &persona.name, currency, period, lang))
            .size(17.0)
            .strong(),
    );
    if worth.gap >= 0.0 {
        return;
    }
    egui::Grid::new("value-worth")
        .num_columns(3)
        .striped(true)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            ui.label(
                RichText::new(t("As the project is", "Zoals het project is").get(lang)).strong(),
            );
            ui.label(
                RichText::new(t("With the gap closed", "Met de kloof gedicht").get(lang)).strong(),
            );
            ui.end_row();
            let money = |v: Option<f64>| {
                v.map_or_else(|| "—".to_string(), |v| numbers::money(v, currency, lang))
            };
            ui.label(
                t(
                    "Lifetime value of a new customer",
                    "Klantwaarde van een nieuwe klant",
                )
                .get(lang),
            );
            ui.label(money(worth.clv_new_as_is));
            ui.label(money(worth.clv_new_closed));
            ui.end_row();
            ui.label(format!(
                "{} ({} {period})",
                t("Cumulative result", "Cumulatief resultaat").get(lang),
                worth.horizon_periods
            ));
            ui.label(money(Some(worth.cumulative_as_is)));
            ui.label(money(Some(worth.cumulative_closed)));
            ui.end_row();
        });
    ui.label(RichText::new(t(
        "Computed by the engine on a copy of the project with this persona's perception raised to its expectation, over the baseline's horizon, no initiatives. The effect runs through one assumption: how strongly the value gap drives passive customers to switch (value-gap effect).",
        "Berekend door het model op een kopie van het project met de perceptie van deze persona verhoogd tot de verwachting, over de horizon van de basislijn, zonder initiatieven. Het effect loopt via één aanname: hoe sterk de waardekloof passieve klanten laat overstappen (effect van de waardekloof).",
    ).get(lang)).weak());
    if ui
        .button(
            t(
                "Open the value-gap assumption",
                "Open de aanname over de waardekloof",
            )
            .get(lang),
        )
        .clicked()
    {
        env.actions.push(Action::Show(Target::Assumption(
            AssumptionKey::ValueGapEffect,
        )));
    }
}

/// The model period in the plural, inside a sentence: "months", "kwartalen".
fn periods_word(period: Period, lang: Lang) -> &'static str {
    match period {
        Period::Month => t("months", "maanden"),
        Period::Quarter => t("quarters", "kwartalen"),
        Period::Year => t("years", "jaren"),
    }
    .get(lang)
}

/// "Closing Claire's gap (−2.0) is worth £… over 36 months".
fn headline(worth: &GapWorth, name: &str, currency: &str, period: &str, lang: Lang) -> String {
    let gap = numbers::signed(worth.gap, 1, lang);
    if worth.gap >= 0.0 {
        return t(
            "{name}'s perception meets the expectation ({gap}): no gap to close.",
            "De perceptie van {name} haalt de verwachting ({gap}): geen kloof om te dichten.",
        )
        .fill(lang, &[("name", &name), ("gap", &gap)]);
    }
    let amount = numbers::money(worth.worth(), currency, lang);
    let horizon = worth.horizon_periods;
    t(
        "Closing {name}'s gap ({gap}) is worth {amount} over {horizon} {period}.",
        "De kloof van {name} ({gap}) dichten levert {amount} op over {horizon} {period}.",
    )
    .fill(
        lang,
        &[
            ("name", &name),
            ("gap", &gap),
            ("amount", &amount),
            ("horizon", &horizon),
            ("period", &period),
        ],
    )
}
