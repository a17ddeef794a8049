//! The Overview workspace: the project's name, organisation and description, what it holds,
//! and its validation problems, each a link to the item it names.

use super::style::section;
use super::widgets::{multiline_row, text_row};
use super::{Env, Workspace, WorkspaceView};
use crate::context::Action;
use crate::i18n::{Lang, Text, numbers, t, tr};
use crate::model::{Project, Target};
use egui::RichText;

/// The Overview workspace keeps nothing between frames.
#[derive(Default)]
pub struct OverviewState;

impl WorkspaceView for OverviewState {
    const NAME: &'static str = "overview";
    const LABEL: Text = tr::WS_OVERVIEW;
    const SUMMARY: Text = tr::WS_OVERVIEW_SUMMARY;

    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
        overview_ui(ui, project, env);
    }

    fn shows(target: &Target) -> bool {
        matches!(target, Target::Meta)
    }
}

/// Draws the Overview workspace.
pub fn overview_ui(ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
    let lang = env.lang;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(tr::WS_OVERVIEW.get(lang));
        next_steps_ui(ui, project, env);
        section(ui, tr::PROJECT_DETAILS.get(lang));
        egui::Grid::new("project-meta")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .min_col_width(180.0)
            .show(ui, |ui| {
                let meta = &mut project.meta;
                text_row(ui, lang, tr::PROJECT_NAME.get(lang), &mut meta.name);
                text_row(ui, lang, tr::ORGANISATION.get(lang), &mut meta.organisation);
                text_row(
                    ui,
                    lang,
                    tr::MAIN_COMPETITOR.get(lang),
                    &mut meta.main_competitor,
                );
                multiline_row(
                    ui,
                    lang,
                    tr::DESCRIPTION.get(lang),
                    &mut meta.description,
                    4,
                );
                text_row(ui, lang, tr::CURRENCY.get(lang), &mut meta.currency);
                let label = ui.label(tr::CONTENT_LANGUAGE.get(lang));
                egui::ComboBox::from_id_salt("content-language")
                    .selected_text(meta.language.native_name())
                    .show_ui(ui, |ui| {
                        for choice in Lang::ALL {
                            ui.selectable_value(&mut meta.language, choice, choice.native_name());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            });

        section(ui, tr::WHAT_IT_HOLDS.get(lang));
        counts_ui(ui, project, lang);

        section(ui, tr::PROBLEMS.get(lang));
        problems_ui(ui, env);
        defaults_ui(ui, project, env);
    });
}

/// The checklist of next steps, each a link to the workspace where it is done; folded once
/// every step is done (and whenever the user folds it).
fn next_steps_ui(ui: &mut egui::Ui, project: &Project, env: &mut Env) {
    use crate::model::defaults::NextStep;
    let lang = env.lang;
    let ticked = NextStep::ALL.map(|s| s.done(project));
    let done = ticked.iter().filter(|d| **d).count();
    let title = t(
        "Next steps: {done} of {all} done",
        "Volgende stappen: {done} van {all} gedaan",
    )
    .fill(lang, &[("done", &done), ("all", &NextStep::ALL.len())]);
    egui::CollapsingHeader::new(RichText::new(title).strong())
        // Folded once all is done, open while steps remain: each its own fold state.
        .id_salt(("next-steps", done == NextStep::ALL.len()))
        .default_open(done < NextStep::ALL.len())
        .show(ui, |ui| {
            for (step, is_done) in NextStep::ALL.into_iter().zip(ticked) {
                let workspace = match step {
                    NextStep::DescribePersonas => Workspace::Personas,
                    NextStep::ScoreTheJourney => Workspace::Journey,
                    NextStep::FourCAndValue => Workspace::FourC,
                    NextStep::SurveyWave => Workspace::Metrics,
                    NextStep::Initiatives => Workspace::Initiatives,
                    NextStep::Scenario => Workspace::Scenarios,
                    NextStep::Deck => Workspace::Slides,
                };
                ui.horizontal(|ui| {
                    let mark = if is_done { "✔" } else { "○" };
                    let colour = if is_done {
                        ui.visuals().weak_text_color()
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.label(RichText::new(mark).color(colour));
                    let text = RichText::new(step.label(project, lang));
                    let text = if is_done { text.weak() } else { text };
                    if ui.link(text).clicked() {
                        env.actions.push(Action::Goto(workspace.name()));
                    }
                });
            }
        });
}

const STILL_DEFAULT: Text = t("Still the default", "Nog de standaardwaarde");
const STILL_DEFAULT_HINT: Text = t(
    "Numbers the app filled in that are not yours yet. They are not errors, but the results \
     rest on them: replace each with your own number when you have it.",
    "Getallen die de app invulde en die nog niet van u zijn. Het zijn geen fouten, maar de \
     resultaten rusten erop: vervang elk door uw eigen getal zodra u het hebt.",
);

/// The notes on numbers still at the app's default, each a link to its item.
fn defaults_ui(ui: &mut egui::Ui, project: &Project, env: &mut Env) {
    let lang = env.lang;
    let notes = crate::model::defaults::still_default(project);
    if notes.is_empty() {
        return;
    }
    section(ui, STILL_DEFAULT.get(lang));
    ui.label(RichText::new(STILL_DEFAULT_HINT.get(lang)).weak());
    for note in notes.iter().take(LISTED_IN_FULL) {
        let text = note.message(project, lang);
        if ui.link(text).clicked() {
            env.actions.push(Action::Show(note.target.clone()));
        }
    }
    if notes.len() > LISTED_IN_FULL {
        let more = t("… and {count} more", "… en nog {count}").fill(
            lang,
            &[(
                "count",
                &numbers::grouped((notes.len() - LISTED_IN_FULL) as f64, 0, lang),
            )],
        );
        ui.label(RichText::new(more).weak());
    }
}

fn counts_ui(ui: &mut egui::Ui, project: &Project, lang: Lang) {
    // Summed as numbers, not integers: a file's sizes may be out of range (validation says
    // so) and must not overflow.
    let customers: f64 = project
        .personas
        .iter()
        .map(|p| p.segment.customers as f64)
        .sum();
    let rows = [
        (tr::COUNT_PERSONAS, project.personas.len().to_string()),
        (tr::COUNT_STAGES, project.stages.len().to_string()),
        (tr::COUNT_TOUCHPOINTS, project.touchpoints.len().to_string()),
        (tr::COUNT_INITIATIVES, project.initiatives.len().to_string()),
        (tr::COUNT_SCENARIOS, project.scenarios.len().to_string()),
        (tr::COUNT_SURVEYS, project.surveys.len().to_string()),
        (tr::COUNT_SLIDES, project.slides.len().to_string()),
        (tr::COUNT_CUSTOMERS, numbers::grouped(customers, 0, lang)),
    ];
    egui::Grid::new("project-counts")
        .num_columns(2)
        .spacing([40.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (label, value) in rows {
                ui.label(label.get(lang));
                ui.label(RichText::new(value).strong().size(17.0));
                ui.end_row();
            }
        });
}

/// More problems than this are summarised by kind and listed in a scrolling list that lays out
/// only the rows in view (a broken file can hold a million).
const LISTED_IN_FULL: usize = 40;

fn problems_ui(ui: &mut egui::Ui, env: &mut Env) {
    let lang = env.lang;
    if env.problems.is_empty() {
        ui.label(
            RichText::new(format!("✔ {}", tr::NO_PROBLEMS.get(lang)))
                .color(egui::Color32::from_rgb(0x2E, 0x7D, 0x32)),
        );
        return;
    }
    ui.label(RichText::new(tr::PROBLEMS_HINT.get(lang)).weak());
    let problems = env.problems;
    if problems.len() <= LISTED_IN_FULL {
        for problem in problems {
            problem_ui(ui, problem, env);
        }
        return;
    }
    summary_ui(ui, problems, lang);
    ui.add_space(6.0);
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("problem-list")
        .max_height(420.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, problems.len(), |ui, rows| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            for problem in &problems[rows] {
                problem_ui(ui, problem, env);
            }
        });
}

/// One problem: a link where a workspace shows what it is about.
fn problem_ui(ui: &mut egui::Ui, problem: &crate::model::Problem, env: &mut Env) {
    let lang = env.lang;
    let text = problem.describe(lang);
    if Workspace::showing(&problem.target).is_some() {
        if ui.link(text).clicked() {
            env.actions.push(Action::Show(problem.target.clone()));
        }
    } else {
        ui.label(text).on_hover_text(tr::NOT_NAVIGABLE.get(lang));
    }
}

/// How many problems of each kind, most first: "999,990 × not a finite number".
fn summary_ui(ui: &mut egui::Ui, problems: &[crate::model::Problem], lang: Lang) {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for problem in problems {
        let label = kind_label(&problem.kind, lang);
        match counts.iter_mut().find(|(l, _)| *l == label) {
            Some((_, count)) => *count += 1,
            None => counts.push((label, 1)),
        }
    }
    counts.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    let total = numbers::grouped(problems.len() as f64, 0, lang);
    let heading = t("{total} problems:", "{total} problemen:").fill(lang, &[("total", &total)]);
    ui.label(RichText::new(heading).strong());
    for (label, count) in counts {
        ui.label(format!(
            "{} × {label}",
            numbers::grouped(count as f64, 0, lang)
        ));
    }
}

/// What kind of problem, in a few words, for the summary.
fn kind_label(kind: &crate::model::ProblemKind, lang: Lang) -> &'static str {
    use crate::model::ProblemKind as K;
    let text = match kind {
        K::Empty => t("empty text", "lege tekst"),
        K::MalformedId(_) => t("invalid id", "ongeldige id"),
        K::DuplicateId { .. } => t("id used twice", "id twee keer gebruikt"),
        K::Dangling { .. } => t(
            "reference to a missing item",
            "verwijzing naar een ontbrekend item",
        ),
        K::Repeated(_) => t("item listed twice", "item twee keer genoemd"),
        K::OutOfRange { .. } | K::OutsideRange { .. } => {
            t("value out of range", "waarde buiten het bereik")
        }
        K::NotFinite => t("not a finite number", "geen eindig getal"),
        K::ControlCharacter(_) => t("control character in a name", "stuurteken in een naam"),
        K::WrongCount { .. } => t("wrong number of counts", "verkeerd aantal tellingen"),
        K::UnknownAvatar(_) => t("unknown avatar", "onbekende avatar"),
        K::BadImageData => t("damaged picture", "beschadigde afbeelding"),
        K::TooMany { .. } => t("too many items", "te veel items"),
        K::RangeInverted { .. } => t("range upside down", "bereik omgekeerd"),
        K::AboveCapacity { .. } => t(
            "more customers than can be served",
            "meer klanten dan bediend kunnen worden",
        ),
        K::Unmerged { .. } => t(
            "merge conflict to resolve",
            "samenvoegconflict op te lossen",
        ),
        K::NewExceedEnd { .. } | K::OrdersExceedCarts { .. } => t(
            "survey counts that do not add up",
            "enquêtetellingen die niet kloppen",
        ),
    };
    text.get(lang)
}
