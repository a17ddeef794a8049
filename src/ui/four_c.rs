//! The 4C workspace (Lauterborn 1990): per persona, consumer wants and needs, cost,
//! convenience and communication, ours against the main competitor with a note; a radar of
//! one persona or every persona; and the gap table, worst first: where we lose.

use super::persona_pick::{Pick, persona_pick_ui};
use super::plots::{color, plot_ui};
use super::style::section;
use super::widgets::number_slider;
use super::{Env, Workspace, WorkspaceView};
use crate::charts::models::{FourCGap, dimension_label, four_c_gaps, gap_color};
use crate::context::Action;
use crate::i18n::{Lang, Text, numbers, t, tr};
use crate::model::persona::MAX_ASSESSMENT_SCORE;
use crate::model::{FourCDimension, Persona, PlotKind, PlotSpec, Project};
use egui::{RichText, Slider};

/// Rows of the gap table shown before "show every row".
const GAP_ROWS: usize = 12;

/// What the 4C workspace remembers between frames.
#[derive(Default)]
pub struct FourCState {
    /// The persona shown, or every persona.
    pub pick: Pick,
    /// Whether the gap table lists every row, not only the worst.
    pub all_gaps: bool,
}

impl WorkspaceView for FourCState {
    const NAME: &'static str = "fourc";
    const LABEL: Text = tr::WS_FOURC;
    const SUMMARY: Text = tr::WS_FOURC_SUMMARY;

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        four_c_ui(ui, project, self, env);
    }
}

/// One line on what each C asks (Lauterborn 1990).
pub fn explanation(c: FourCDimension) -> Text {
    match c {
        FourCDimension::WantsAndNeeds => t(
            "Does the offer solve what this customer wants, rather than what we make?",
            "Lost het aanbod op wat deze klant wil, in plaats van wat wij maken?",
        ),
        FourCDimension::Cost => t(
            "Everything the customer gives up — money, time and effort — not only our price.",
            "Alles wat de klant opgeeft — geld, tijd en moeite — niet alleen onze prijs.",
        ),
        FourCDimension::Convenience => t(
            "How easy it is to acquire, to use and to keep.",
            "Hoe makkelijk het is om te verkrijgen, te gebruiken en te houden.",
        ),
        FourCDimension::Communication => t(
            "A dialogue across the whole lifecycle, not promotion in one direction.",
            "Een dialoog over de hele levenscyclus, geen promotie in één richting.",
        ),
    }
}

/// Draws the 4C workspace.
pub fn four_c_ui(ui: &mut egui::Ui, project: &mut Project, state: &mut FourCState, env: &mut Env) {
    let lang = env.lang;
    let index = state.pick.resolve(&project.personas);
    persona_pick_ui(
        ui,
        "fourc-personas",
        &project.personas,
        &mut state.pick,
        true,
        lang,
        |p| summary(p, lang),
    );
    egui::CentralPanel::default().show(ui, |ui| {
        if project.personas.is_empty() {
            ui.label(
                t(
                    "No personas yet: add them in the Personas workspace.",
                    "Nog geen persona's: voeg ze toe in de werkruimte Persona's.",
                )
                .get(lang),
            );
            return;
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(1300.0));
            header_ui(ui, project, lang);
            let wide = ui.available_width() > 900.0;
            if wide {
                ui.columns(2, |cols| {
                    if let Some(i) = index {
                        scores_ui(&mut cols[0], &mut project.personas[i], lang);
                    } else {
                        gaps_ui(&mut cols[0], project, state, lang);
                    }
                    radar_ui(&mut cols[1], project, index, env);
                });
            } else {
                if let Some(i) = index {
                    scores_ui(ui, &mut project.personas[i], lang);
                }
                radar_ui(ui, project, index, env);
            }
            if index.is_some() || !wide {
                gaps_ui(ui, project, state, lang);
            }
            ownership_link(ui, env);
            ui.add_space(24.0);
        });
    });
}

/// "Ours − competitor" summed over the four Cs, for the list.
fn summary(p: &Persona, lang: Lang) -> String {
    let total: f64 = FourCDimension::ALL
        .iter()
        .map(|c| p.four_c.get(*c).ours - p.four_c.get(*c).competitor)
        .sum();
    format!(
        "{} {}",
        t("Ours − competitor:", "Wij − concurrent:").get(lang),
        numbers::signed(total, 1, lang)
    )
}

fn header_ui(ui: &mut egui::Ui, project: &mut Project, lang: Lang) {
    ui.label(
        RichText::new(t("The 4C model", "Het 4C-model").get(lang))
            .size(26.0)
            .strong(),
    );
    ui.label(t(
        "Lauterborn (1990) turned the seller's 4P into the customer's 4C. Score our offer and the main competitor's from 0 to 10 per persona: higher is better for the customer.",
        "Lauterborn (1990) draaide de 4P van de verkoper om naar de 4C van de klant. Scoor ons aanbod en dat van de belangrijkste concurrent per persona van 0 tot 10: hoger is beter voor de klant.",
    ).get(lang));
    ui.horizontal(|ui| {
        let label = ui.label(t("Main competitor", "Belangrijkste concurrent").get(lang));
        let width = ui.available_width().clamp(120.0, 420.0);
        ui.add(egui::TextEdit::singleline(&mut project.meta.main_competitor).desired_width(width))
            .labelled_by(label.id);
    });
}

fn scores_ui(ui: &mut egui::Ui, persona: &mut Persona, lang: Lang) {
    ui.label(RichText::new(&persona.name).size(20.0).strong());
    for c in FourCDimension::ALL {
        section(ui, dimension_label(c).get(lang));
        ui.label(RichText::new(explanation(c).get(lang)).weak());
        let score = persona.four_c.get_mut(c);
        egui::Grid::new(("fourc-score", c.field()))
            .num_columns(2)
            .spacing([16.0, 6.0])
            .show(ui, |ui| {
                for (label, value) in [
                    (t("Our offer", "Ons aanbod"), &mut score.ours),
                    (t("Competitor", "Concurrent"), &mut score.competitor),
                ] {
                    let label = ui.label(label.get(lang));
                    ui.add(number_slider(
                        Slider::new(value, 0.0..=MAX_ASSESSMENT_SCORE).step_by(0.5),
                        lang,
                    ))
                    .labelled_by(label.id);
                    ui.end_row();
                }
                let gap = score.ours - score.competitor;
                ui.label(t("Ours − competitor", "Wij − concurrent").get(lang));
                ui.label(
                    RichText::new(numbers::signed(gap, 1, lang))
                        .strong()
                        .color(color(gap_color(gap))),
                );
                ui.end_row();
                let label = ui.label(t("Note", "Toelichting").get(lang));
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

fn radar_ui(ui: &mut egui::Ui, project: &Project, index: Option<usize>, env: &mut Env) {
    let spec = PlotSpec {
        persona: index.map(|i| project.personas[i].id.clone()),
        ..PlotSpec::of(PlotKind::FourCRadar)
    };
    if let Some(plot) = env.plot(project, &spec) {
        let height = ui.available_width().clamp(320.0, 520.0);
        plot_ui(ui, env, "fourc-radar", &plot, height);
    }
}

fn gaps_ui(ui: &mut egui::Ui, project: &Project, state: &mut FourCState, lang: Lang) {
    section(
        ui,
        t(
            "Where we lose: ours − competitor, worst first",
            "Waar we verliezen: wij − concurrent, grootste achterstand eerst",
        )
        .get(lang),
    );
    let gaps = four_c_gaps(project);
    let shown = if state.all_gaps {
        gaps.len()
    } else {
        gaps.len().min(GAP_ROWS)
    };
    egui::Grid::new("fourc-gaps")
        .num_columns(5)
        .striped(true)
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            for head in [
                t("Persona", "Persona"),
                t("C", "C"),
                t("Ours", "Wij"),
                t("Competitor", "Concurrent"),
                t("Gap", "Verschil"),
            ] {
                ui.label(RichText::new(head.get(lang)).strong());
            }
            ui.end_row();
            for gap in &gaps[..shown] {
                gap_row(ui, project, gap, &mut state.pick, lang);
            }
        });
    if gaps.len() > GAP_ROWS {
        let label = if state.all_gaps {
            t("Show the worst only", "Toon alleen de grootste")
        } else {
            t("Show every row", "Toon alle rijen")
        };
        if ui.button(label.get(lang)).clicked() {
            state.all_gaps = !state.all_gaps;
        }
    }
}

fn gap_row(ui: &mut egui::Ui, project: &Project, gap: &FourCGap, pick: &mut Pick, lang: Lang) {
    let persona = &project.personas[gap.persona];
    if ui.link(&persona.name).clicked() {
        *pick = Pick::One(persona.id.clone());
    }
    ui.label(dimension_label(gap.dimension).get(lang));
    ui.label(numbers::grouped(gap.ours, 1, lang));
    ui.label(numbers::grouped(gap.competitor, 1, lang));
    let text = RichText::new(numbers::signed(gap.gap, 1, lang)).strong();
    ui.label(if gap.gap == 0.0 {
        text
    } else {
        text.color(color(gap_color(gap.gap)))
    });
    ui.end_row();
}

/// The model's other half: touchpoints by ownership and control (Lemon & Verhoef 2016).
fn ownership_link(ui: &mut egui::Ui, env: &mut Env) {
    let lang = env.lang;
    section(
        ui,
        t(
            "Touchpoints by ownership and control",
            "Touchpoints naar eigenaar en controle",
        )
        .get(lang),
    );
    ui.label(t(
        "The 4C model also sorts touchpoints into brand-owned, partner-owned, customer-owned and social/external (Lemon & Verhoef 2016).",
        "Het 4C-model deelt touchpoints ook in naar merk, partner, klant en sociaal/extern (Lemon & Verhoef 2016).",
    ).get(lang));
    // The Journey workspace draws the matrix.
    let open = t(
        "Open the ownership matrix in Journey",
        "Open de eigenaarschapsmatrix in Klantreis",
    );
    if ui.button(open.get(lang)).clicked() {
        env.actions.push(Action::Goto(Workspace::Journey.name()));
    }
}
