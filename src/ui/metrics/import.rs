//! The import of raw survey answers: read a survey tool's CSV export, pick the columns
//! holding NPS, CES, CSAT (and personas), see the counts it will create and the rows it will
//! leave out; nothing changes until the user confirms, and the import is one undo step.

use super::MetricsState;
use crate::i18n::{Lang, Text, numbers, t};
use crate::model::survey_import::{self, Mapping, RawAnswers};
use crate::model::{NpsCounts, Project};
use crate::ui::Env;
use crate::ui::style::section;
use egui::RichText;

/// The button that opens the import.
pub const OPEN_IMPORT: Text = t(
    "Import raw answers (CSV)…",
    "Ruwe antwoorden inlezen (CSV)…",
);

/// The import while it is open.
#[derive(Default)]
pub struct ImportState {
    /// The file to read.
    pub path: String,
    /// Its text, once read.
    text: Option<String>,
    /// Why it could not be read.
    error: Option<String>,
    /// Header rows above the answers.
    pub header_rows: usize,
    /// The file as read with `header_rows`.
    raw: Option<RawAnswers>,
    /// Which column is which question.
    pub mapping: Mapping,
    /// The label of the new waves.
    pub label: String,
    /// Their period.
    pub period: String,
    /// The user agreed to leave out the rows listed.
    pub skip_bad: bool,
}

impl ImportState {
    /// Reads the file at `path`, guesses its header rows and its columns.
    pub fn read_file(&mut self, lang: Lang) {
        // Only a regular file, read with the size limit: a pipe or a huge file never hangs.
        let path = std::path::Path::new(self.path.trim());
        let read = crate::store::read_limited(path)
            .map_err(|e| survey_file_error(&e, path, lang))
            .and_then(|bytes| survey_import::decode(&bytes).map_err(|e| e.message(lang)));
        match read {
            Ok(text) => {
                self.header_rows = survey_import::guess_header_rows(&text);
                self.text = Some(text);
                self.error = None;
                self.reparse(lang);
                self.guess_columns();
            }
            Err(message) => {
                self.text = None;
                self.raw = None;
                self.error = Some(message);
            }
        }
    }

    fn reparse(&mut self, lang: Lang) {
        let Some(text) = &self.text else { return };
        match survey_import::read_in(text, self.header_rows, lang) {
            Ok(raw) => {
                self.raw = Some(raw);
                self.error = None;
            }
            Err(e) => {
                self.raw = None;
                self.error = Some(e);
            }
        }
    }

    fn guess_columns(&mut self) {
        if let Some(raw) = &self.raw {
            self.mapping = survey_import::guess_mapping(raw);
        }
    }
}

/// Why a survey export could not be read, in words about survey files (not project files).
fn survey_file_error(
    error: &crate::store::LoadError,
    path: &std::path::Path,
    lang: Lang,
) -> String {
    use crate::store::LoadError;
    let file = path.display().to_string();
    match error {
        LoadError::NotAFile => t(
            "{file} is not a regular file (a pipe, a device or a folder): choose the CSV file the survey tool exported",
            "{file} is geen gewoon bestand (een pipe, een apparaat of een map): kies het CSV-bestand dat het enquêteprogramma exporteerde",
        )
        .fill(lang, &[("file", &file)]),
        LoadError::TooLarge { bytes, limit } => t(
            "{file} is {size} MB, more than the {limit} MiB a survey export may be: export fewer answers or columns",
            "{file} is {size} MB, meer dan de {limit} MiB die een enquête-export mag zijn: exporteer minder antwoorden of kolommen",
        )
        .fill(
            lang,
            &[
                ("file", &file),
                (
                    "size",
                    &crate::i18n::numbers::grouped(*bytes as f64 / 1e6, 1, lang),
                ),
                ("limit", &(limit / (1024 * 1024))),
            ],
        ),
        other => t("{file}: {error}", "{file}: {error}")
            .fill(lang, &[("file", &file), ("error", &other.message(lang))]),
    }
}

/// Draws the import in the central panel.
pub(super) fn import_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    state: &mut MetricsState,
    env: &mut Env,
) {
    let lang = env.lang;
    let Some(import) = state.import.as_mut() else {
        return;
    };
    let mut close = false;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.label(RichText::new(t("Import raw survey answers", "Ruwe antwoorden inlezen").get(lang)).size(26.0).strong());
        ui.label(t(
            "A survey tool's CSV export: one row per respondent, one column per question (Qualtrics writes three header rows, Typeform one). Commas, semicolons and tabs all work. Nothing changes until you confirm.",
            "De CSV-export van een enquêtetool: één rij per respondent, één kolom per vraag (Qualtrics schrijft drie kopregels, Typeform één). Komma's, puntkomma's en tabs werken alle drie. Er verandert niets tot u bevestigt.",
        ).get(lang));
        ui.horizontal(|ui| {
            let label = ui.label(t("CSV file", "CSV-bestand").get(lang));
            ui.add(egui::TextEdit::singleline(&mut import.path).desired_width(480.0)).labelled_by(label.id);
            if ui.button(t("Read", "Lees").get(lang)).clicked() {
                import.read_file(lang);
            }
            if ui.button(t("Choose…", "Kies…").get(lang)).clicked() {
                env.actions.push(crate::context::Action::ChooseSurveyCsv);
            }
        });
        if let Some(error) = &import.error {
            ui.label(RichText::new(format!("⚠ {error}")).color(ui.visuals().warn_fg_color));
        }
        if import.raw.is_some() {
            options_ui(ui, import, lang);
            close = preview_ui(ui, project, import, &mut state.selected, env);
        }
        ui.add_space(8.0);
        if ui.button(t("Cancel", "Annuleren").get(lang)).clicked() {
            close = true;
        }
    });
    if close {
        state.import = None;
    }
}

fn column_choice(
    ui: &mut egui::Ui,
    id: &str,
    label: &str,
    columns: &[String],
    value: &mut Option<usize>,
    lang: Lang,
) {
    let none = t("— none —", "— geen —").get(lang);
    ui.label(label);
    let shown = value
        .and_then(|c| columns.get(c))
        .map_or(none, String::as_str);
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .truncate()
        .width(420.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, none);
            for (i, name) in columns.iter().enumerate() {
                ui.selectable_value(value, Some(i), name);
            }
        });
    ui.end_row();
}

fn options_ui(ui: &mut egui::Ui, import: &mut ImportState, lang: Lang) {
    section(ui, t("Columns", "Kolommen").get(lang));
    let columns = import
        .raw
        .as_ref()
        .map(|r| r.columns.clone())
        .unwrap_or_default();
    let before = import.header_rows;
    egui::Grid::new("import-columns")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(t("Header rows", "Kopregels").get(lang));
            ui.add(egui::DragValue::new(&mut import.header_rows).range(0..=5))
                .labelled_by(label.id);
            ui.end_row();
            let m = &mut import.mapping;
            column_choice(
                ui,
                "import-nps",
                t("NPS (0–10)", "NPS (0–10)").get(lang),
                &columns,
                &mut m.nps,
                lang,
            );
            column_choice(
                ui,
                "import-ces",
                t("CES (1–7)", "CES (1–7)").get(lang),
                &columns,
                &mut m.ces,
                lang,
            );
            column_choice(
                ui,
                "import-csat",
                t("CSAT (1–5)", "CSAT (1–5)").get(lang),
                &columns,
                &mut m.csat,
                lang,
            );
            let persona = t("Persona (optional)", "Persona (optioneel)");
            column_choice(
                ui,
                "import-persona",
                persona.get(lang),
                &columns,
                &mut m.persona,
                lang,
            );
            let label =
                ui.label(t("Label of the new waves", "Naam van de nieuwe metingen").get(lang));
            ui.add(egui::TextEdit::singleline(&mut import.label).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t("Period", "Periode").get(lang));
            ui.add(egui::TextEdit::singleline(&mut import.period).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            ui.end_row();
        });
    if import.header_rows != before {
        import.reparse(lang);
    }
}

/// The counts it will create and the rows it will leave out; true when the import was made.
fn preview_ui(
    ui: &mut egui::Ui,
    project: &mut Project,
    import: &mut ImportState,
    selected: &mut Option<crate::model::Id>,
    env: &mut Env,
) -> bool {
    let lang = env.lang;
    let Some(raw) = &import.raw else { return false };
    let preview = survey_import::preview(raw, &import.mapping, &project.personas);
    section(
        ui,
        t("What the import creates", "Wat het inlezen maakt").get(lang),
    );
    let all = t("All customers", "Alle klanten").get(lang);
    egui::Grid::new("import-preview")
        .num_columns(5)
        .striped(true)
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            for head in [
                t("Who", "Wie"),
                t("Respondents", "Respondenten"),
                t(
                    "NPS: promoters · passives · detractors",
                    "NPS: promotors · passief · criticasters",
                ),
                t("CES answers", "CES-antwoorden"),
                t("CSAT answers", "CSAT-antwoorden"),
            ] {
                ui.label(RichText::new(head.get(lang)).strong());
            }
            ui.end_row();
            for g in &preview.groups {
                let who = g
                    .persona
                    .as_ref()
                    .and_then(|id| project.persona(id))
                    .map_or(all, |p| p.name.as_str());
                ui.label(who);
                ui.label(numbers::grouped(g.respondents as f64, 0, lang));
                let nps = NpsCounts::from_answers(&g.nps).unwrap_or_default();
                ui.label(format!(
                    "{} · {} · {}",
                    nps.promoters, nps.passives, nps.detractors
                ));
                ui.label(format!("{:?}", g.ces));
                ui.label(format!("{:?}", g.csat));
                ui.end_row();
            }
        });
    if preview.not_answered > 0 {
        ui.label(
            RichText::new(
                t(
                    "{count} answers say \"not answered\" (a negative code such as −1 or −2, or N/A) and are not counted, like an empty cell.",
                    "{count} antwoorden zeggen \"niet beantwoord\" (een negatieve code zoals −1 of −2, of N/A) en tellen niet mee, net als een lege cel.",
                )
                .fill(lang, &[("count", &preview.not_answered)]),
            )
            .weak(),
        );
    }
    if !preview.bad.is_empty() {
        section(
            ui,
            &format!(
                "{} ({})",
                t("Rows left out", "Rijen die worden overgeslagen").get(lang),
                preview.bad.len()
            ),
        );
        for bad in preview.bad.iter().take(50) {
            let line = t(
                "Line {line}: {column} = “{value}” is not a whole number from {low} to {high}",
                "Regel {line}: {column} = “{value}” is geen heel getal van {low} tot {high}",
            )
            .fill(
                lang,
                &[
                    ("line", &bad.line),
                    ("column", &bad.column),
                    ("value", &bad.value),
                    ("low", &bad.range.0),
                    ("high", &bad.range.1),
                ],
            );
            ui.label(RichText::new(line).color(ui.visuals().warn_fg_color));
        }
        if preview.bad.len() > 50 {
            ui.label(format!("… {}", preview.bad.len() - 50));
        }
        ui.checkbox(
            &mut import.skip_bad,
            t("Leave out the rows listed", "Sla de genoemde rijen over").get(lang),
        );
    }
    let ready = !preview.groups.is_empty() && (preview.bad.is_empty() || import.skip_bad);
    let count = preview.groups.len();
    let button = if count == 1 {
        t("Create {count} survey wave", "Maak {count} meting")
    } else {
        t("Create {count} survey waves", "Maak {count} metingen")
    }
    .fill(lang, &[("count", &count)]);
    if ui.add_enabled(ready, egui::Button::new(button)).clicked() {
        let label = match import.label.trim() {
            "" => t("Imported answers", "Ingelezen antwoorden").get(lang),
            label => label,
        };
        let taken: Vec<_> = project.surveys.iter().map(|w| w.id.clone()).collect();
        let waves = survey_import::waves(
            &preview,
            label,
            import.period.trim(),
            &project.personas,
            &taken,
        );
        *selected = waves.first().map(|w| w.id.clone());
        // One edit in one frame: one undo step.
        project.surveys.extend(waves);
        return true;
    }
    false
}
