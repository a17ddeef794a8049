//! The scoring grid for workshops: touchpoints (rows, grouped by stage) × personas (columns),
//! each cell a score, an effort or a reach. Type a number to set the selected cell; Tab,
//! Enter and the arrow keys move; Delete marks "does not use"; a block of tab-separated
//! numbers pasted from a spreadsheet fills the grid from the selected cell (all or nothing),
//! and Copy writes the grid out the same way.

use super::JourneyState;
use super::grid_input::{grid_text, hold_focus, keys, type_in};
use super::words::score_color;
use crate::charts::journey::in_journey_order;
use crate::i18n::{Lang, Text, numbers, t};
use crate::model::journey::{MAX_EFFORT, MAX_SCORE, MIN_EFFORT, MIN_SCORE};
use crate::model::{Experience, Id, Project};
use crate::ui::Env;
use egui::{Align2, FontId, RichText, Sense, vec2};

/// What the cells show and take.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Experience, −5..5.
    #[default]
    Score,
    /// Effort (CES), 1..7.
    Effort,
    /// Reach, 0..100 %.
    Reach,
}

impl Mode {
    fn label(self) -> Text {
        match self {
            Mode::Score => t("Score (−5 … +5)", "Score (−5 … +5)"),
            Mode::Effort => t("Effort (1 … 7)", "Moeite (1 … 7)"),
            Mode::Reach => t("Reach (0 … 100 %)", "Bereik (0 … 100 %)"),
        }
    }

    pub(super) fn range(self) -> (f64, f64) {
        match self {
            Mode::Score => (MIN_SCORE, MAX_SCORE),
            Mode::Effort => (MIN_EFFORT, MAX_EFFORT),
            Mode::Reach => (0.0, 100.0),
        }
    }

    /// The cell's value as shown and typed (reach in per cent).
    pub(super) fn get(self, e: &Experience) -> f64 {
        match self {
            Mode::Score => e.score,
            Mode::Effort => e.effort,
            Mode::Reach => e.reach * 100.0,
        }
    }

    pub(super) fn set(self, e: &mut Experience, value: f64) {
        match self {
            Mode::Score => e.score = value,
            Mode::Effort => e.effort = value,
            Mode::Reach => {
                e.reach = value / 100.0;
                e.reach_is_default = false;
            }
        }
    }
}

/// The grid's cursor, mode, what is being typed and the last paste problem.
#[derive(Default)]
pub struct GridState {
    /// What the cells show.
    pub mode: Mode,
    /// Selected cell: row (touchpoint in journey order) and column (persona shown).
    pub cursor: Option<(usize, usize)>,
    /// The number being typed into the selected cell.
    pub typing: String,
    /// Why the last paste or typed number changed nothing.
    pub message: Option<String>,
}

const NAME_WIDTH: f32 = 260.0;
const CELL_WIDTH: f32 = 96.0;
const ROW_HEIGHT: f32 = 26.0;

/// Draws the grid and handles its keys, paste and copy.
pub fn grid_ui(ui: &mut egui::Ui, project: &mut Project, state: &mut JourneyState, env: &mut Env) {
    let lang = env.lang;
    let personas: Vec<(usize, Id, String)> = project
        .personas
        .iter()
        .enumerate()
        .filter(|(_, p)| state.shows_persona(&p.id))
        .map(|(i, p)| (i, p.id.clone(), p.name.clone()))
        .collect();
    let rows: Vec<(usize, usize)> = {
        let index: std::collections::HashMap<&str, usize> = project
            .touchpoints
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect();
        in_journey_order(project)
            .into_iter()
            .filter_map(|(s, tp)| index.get(tp.id.as_str()).map(|&i| (s, i)))
            .collect()
    };
    let grid = &mut state.grid;
    toolbar_ui(ui, project, &rows, &personas, grid, env);
    ui.label(RichText::new(t(
        "Click a cell and type a number; Tab, Enter and the arrow keys move, Delete means \"does not use\". Paste a block copied from a spreadsheet (Ctrl+V) to fill the grid from the selected cell.",
        "Klik een cel en typ een getal; Tab, Enter en de pijltjes verplaatsen, Delete betekent \"gebruikt het niet\". Plak een blok uit een spreadsheet (Ctrl+V) om het raster vanaf de gekozen cel te vullen.",
    ).get(lang)).weak());
    if let Some(message) = &grid.message {
        ui.label(RichText::new(format!("⚠ {message}")).color(ui.visuals().warn_fg_color));
    }
    if rows.is_empty() || personas.is_empty() {
        ui.label(
            t(
                "Add touchpoints and personas to score them here.",
                "Voeg touchpoints en persona's toe om ze hier te scoren.",
            )
            .get(lang),
        );
        return;
    }
    keys(ui, project, grid, &rows, &personas, lang);

    let mut clicked = None;
    let area = ui.available_rect_before_wrap();
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show_rows(
            ui,
            ROW_HEIGHT + ui.spacing().item_spacing.y,
            rows.len() + 1,
            |ui, range| {
                for line in range {
                    // Line 0 is the header, with the personas' names.
                    let Some(r) = line.checked_sub(1) else {
                        header_ui(ui, &personas, lang);
                        continue;
                    };
                    if let Some(c) = row_ui(ui, project, &rows, r, &personas, grid, lang) {
                        clicked = Some((r, c));
                    }
                }
            },
        );
    // A click selects the cell after the loop (the project is borrowed above); what was
    // typed goes into the cell left.
    if let Some(cell) = clicked {
        if let Some(old) = grid.cursor {
            type_in(project, grid, &rows, &personas, old, lang);
        }
        grid.cursor = Some(cell);
    }
    if grid.cursor.is_some() {
        hold_focus(ui, area, clicked.is_some());
    }
}

/// What the cells show, and the button that copies the grid.
fn toolbar_ui(
    ui: &mut egui::Ui,
    project: &Project,
    rows: &[(usize, usize)],
    personas: &[(usize, Id, String)],
    grid: &mut GridState,
    env: &mut Env,
) {
    let lang = env.lang;
    ui.horizontal_wrapped(|ui| {
        for mode in [Mode::Score, Mode::Effort, Mode::Reach] {
            if ui
                .selectable_value(&mut grid.mode, mode, mode.label().get(lang))
                .clicked()
            {
                grid.typing.clear();
            }
        }
        ui.separator();
        if ui
            .button(t("📋 Copy the grid", "📋 Kopieer het raster").get(lang))
            .on_hover_text(
                t(
                    "Copies the grid as tab-separated numbers, to paste into a spreadsheet",
                    "Kopieert het raster als getallen met tabs, om in een spreadsheet te plakken",
                )
                .get(lang),
            )
            .clicked()
        {
            ui.ctx()
                .copy_text(grid_text(project, rows, personas, grid.mode, lang));
            env.notify(t("Grid copied", "Raster gekopieerd").get(lang));
        }
        if ui
            .button(t("Export grid…", "Raster exporteren…").get(lang))
            .on_hover_text(
                t(
                    "Writes the grid as touchpoints.csv (scores, effort and reach per persona), to fill in a spreadsheet and read back",
                    "Schrijft het raster als touchpoints.csv (scores, moeite en bereik per persona), om in een spreadsheet in te vullen en terug te lezen",
                )
                .get(lang),
            )
            .clicked()
        {
            env.actions.push(crate::context::Action::ExportGrid);
        }
        if ui
            .button(t("Import grid…", "Raster inlezen…").get(lang))
            .on_hover_text(
                t(
                    "Reads a touchpoints.csv back: shows what changes before anything does",
                    "Leest een touchpoints.csv terug: toont wat er verandert voordat er iets verandert",
                )
                .get(lang),
            )
            .clicked()
        {
            env.actions.push(crate::context::Action::ImportGrid);
        }
    });
}

/// Row `r`: the touchpoint's name (with its stage where a stage begins) and a cell per
/// persona in view. The column of a clicked cell.
fn row_ui(
    ui: &mut egui::Ui,
    project: &Project,
    rows: &[(usize, usize)],
    r: usize,
    personas: &[(usize, Id, String)],
    grid: &GridState,
    lang: Lang,
) -> Option<usize> {
    let (s, index) = rows[r];
    let new_stage = r == 0 || rows[r - 1].0 != s;
    let mut clicked = None;
    ui.horizontal(|ui| {
        let Some(touchpoint) = project.touchpoints.get(index) else {
            return;
        };
        let stage = project.stages.get(s).map_or("", |st| st.name.as_str());
        let name = if new_stage {
            format!("{stage} › {}", touchpoint.name)
        } else {
            touchpoint.name.clone()
        };
        // In its column, from the left (indented under its stage), ending in "…" where it
        // is longer: the whole name on hover.
        ui.allocate_ui_with_layout(
            vec2(NAME_WIDTH, ROW_HEIGHT),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_size(vec2(NAME_WIDTH, ROW_HEIGHT));
                if !new_stage {
                    ui.add_space(14.0);
                }
                ui.add(egui::Label::new(name).truncate());
            },
        );
        // Only the cells in view are laid out; space stands in for the rest.
        let (first, last) = visible_columns(ui, personas.len());
        let step = CELL_WIDTH + ui.spacing().item_spacing.x;
        ui.add_space(first as f32 * step);
        let shown = personas.iter().enumerate().take(last).skip(first);
        for (c, (_, persona, persona_name)) in shown {
            let selected = grid.cursor == Some((r, c));
            let typed = (selected && !grid.typing.is_empty()).then_some(grid.typing.as_str());
            let label = format!("{} · {persona_name}", touchpoint.name);
            let experience = touchpoint.experience_of(persona);
            if cell_ui(ui, experience, grid.mode, selected, typed, &label, lang).clicked() {
                clicked = Some(c);
            }
        }
        ui.add_space((personas.len() - last) as f32 * step);
    });
    clicked
}

/// One cell: the value in `mode` (or what is being typed into it), on the score's colour,
/// outlined when selected; `label` names it for screen readers and tests.
fn cell_ui(
    ui: &mut egui::Ui,
    experience: Option<&Experience>,
    mode: Mode,
    selected: bool,
    typed: Option<&str>,
    label: &str,
    lang: Lang,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(vec2(CELL_WIDTH, ROW_HEIGHT), Sense::click());
    let text = match typed {
        Some(typed) => typed.to_string(),
        None => experience
            .map(|e| mode.get(e))
            .map_or_else(|| "–".to_string(), |v| cell_text(mode, v, lang)),
    };
    let fill = match (mode, experience) {
        (Mode::Score, Some(e)) => score_color(e.score).gamma_multiply(0.45),
        _ => ui.visuals().faint_bg_color,
    };
    ui.painter().rect_filled(rect.shrink(1.0), 3.0, fill);
    crate::ui::widgets::focus_ring(ui, &response, rect);
    if selected {
        ui.painter().rect_stroke(
            rect.shrink(1.0),
            3.0,
            egui::Stroke::new(2.5, ui.visuals().selection.stroke.color),
            egui::StrokeKind::Inside,
        );
    }
    ui.painter().text(
        rect.center(),
        Align2::CENTER_CENTER,
        &text,
        FontId::proportional(14.0),
        ui.visuals().strong_text_color(),
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, label));
    response
}

/// The header line: a name per persona column in view, in the persona's colour.
fn header_ui(ui: &mut egui::Ui, personas: &[(usize, Id, String)], lang: Lang) {
    ui.horizontal(|ui| {
        ui.add_sized(
            vec2(NAME_WIDTH, ROW_HEIGHT),
            egui::Label::new(RichText::new(t("Touchpoint", "Touchpoint").get(lang)).strong()),
        );
        let (first, last) = visible_columns(ui, personas.len());
        let step = CELL_WIDTH + ui.spacing().item_spacing.x;
        ui.add_space(first as f32 * step);
        for (i, _, name) in personas.iter().take(last).skip(first) {
            let text = RichText::new(crate::ui::impact::display_name(name))
                .color(crate::ui::style::series_color(*i))
                .strong();
            ui.add_sized(
                vec2(CELL_WIDTH, ROW_HEIGHT),
                egui::Label::new(text).truncate(),
            );
        }
        ui.add_space((personas.len() - last) as f32 * step);
    });
}

/// The persona columns (first, one past the last) in view, for a line whose cursor is at
/// the start of the first column.
fn visible_columns(ui: &egui::Ui, count: usize) -> (usize, usize) {
    let step = CELL_WIDTH + ui.spacing().item_spacing.x;
    let left = ui.cursor().left();
    let clip = ui.clip_rect();
    let first = ((clip.left() - left) / step).floor().max(0.0) as usize;
    let last = ((clip.right() - left) / step).ceil().max(0.0) as usize;
    (first.min(count), last.min(count).max(first.min(count)))
}

fn cell_text(mode: Mode, value: f64, lang: Lang) -> String {
    match mode {
        Mode::Score => numbers::signed(value, 1, lang),
        Mode::Effort => numbers::grouped(value, 1, lang),
        Mode::Reach => format!("{} %", numbers::grouped(value, 0, lang)),
    }
}
