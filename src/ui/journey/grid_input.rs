//! The scoring grid's keyboard, paste and copy: typing a number into the selected cell, Tab,
//! Enter and the arrow keys to move, Delete for "does not use", a pasted block of
//! tab-separated numbers (all or nothing) and the grid copied out the same way.

use super::grid::{GridState, Mode};
use crate::i18n::{Lang, numbers, t};
use crate::model::{Experience, Id, Project};

/// Typing, moving, Delete, paste and copy while the grid has a selected cell and no text
/// field has the keyboard.
pub(super) fn keys(
    ui: &egui::Ui,
    project: &mut Project,
    grid: &mut GridState,
    rows: &[(usize, usize)],
    personas: &[(usize, Id, String)],
    lang: Lang,
) {
    let Some((r, c)) = grid.cursor else {
        return;
    };
    // Another widget has the keyboard (a text field, a button reached by Tab elsewhere).
    let holder = focus_id();
    if ui.memory(|m| m.focused().is_some_and(|focused| focused != holder)) {
        return;
    }
    let (row_count, col_count) = (rows.len(), personas.len());
    let events = ui.input(|i| i.events.clone());
    let mut cursor = (r.min(row_count - 1), c.min(col_count - 1));
    for event in events {
        match event {
            egui::Event::Text(text) => {
                for ch in text.chars() {
                    if ch.is_ascii_digit() || matches!(ch, '-' | '−' | '+' | '.' | ',') {
                        grid.typing.push(ch);
                    }
                }
            }
            egui::Event::Paste(text) => {
                grid.typing.clear();
                grid.message = paste(project, grid.mode, rows, personas, cursor, &text, lang).err();
            }
            egui::Event::Copy => {
                ui.ctx()
                    .copy_text(grid_text(project, rows, personas, grid.mode, lang));
            }
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => {
                let step: Option<(isize, isize)> = match key {
                    egui::Key::Tab if modifiers.shift => Some((0, -1)),
                    egui::Key::Tab => Some((0, 1)),
                    egui::Key::Enter => Some((1, 0)),
                    egui::Key::ArrowUp => Some((-1, 0)),
                    egui::Key::ArrowDown => Some((1, 0)),
                    egui::Key::ArrowLeft => Some((0, -1)),
                    egui::Key::ArrowRight => Some((0, 1)),
                    _ => None,
                };
                match key {
                    egui::Key::Backspace => {
                        grid.typing.pop();
                    }
                    egui::Key::Escape => grid.typing.clear(),
                    egui::Key::Delete => {
                        grid.typing.clear();
                        if let Some(tp) = project.touchpoints.get_mut(rows[cursor.0].1) {
                            tp.experiences.retain(|e| e.persona != personas[cursor.1].1);
                        }
                    }
                    _ => {}
                }
                if let Some((dr, dc)) = step {
                    type_in(project, grid, rows, personas, cursor, lang);
                    // Tab goes on to the next row's first cell at a row's end (Shift+Tab
                    // back to the row before), as in a spreadsheet; the arrows stop.
                    let tab = key == egui::Key::Tab;
                    if tab && dc > 0 && cursor.1 + 1 == col_count && cursor.0 + 1 < row_count {
                        cursor = (cursor.0 + 1, 0);
                    } else if tab && dc < 0 && cursor.1 == 0 && cursor.0 > 0 {
                        cursor = (cursor.0 - 1, col_count - 1);
                    } else {
                        cursor.0 = cursor.0.saturating_add_signed(dr).min(row_count - 1);
                        cursor.1 = cursor.1.saturating_add_signed(dc).min(col_count - 1);
                    }
                }
            }
            _ => {}
        }
    }
    grid.cursor = Some(cursor);
}

/// The id of the grid's keyboard focus: while a cell is selected the grid holds the focus,
/// so Tab, Enter and the arrows move between its cells instead of to other widgets.
pub(super) fn focus_id() -> egui::Id {
    egui::Id::unique("scoring-grid-keyboard")
}

/// Keeps the keyboard on the grid while a cell is selected: a focusable area over `rect` that
/// takes the focus when a cell is clicked (`take`), and keeps Tab and the arrow keys for the
/// grid (egui would otherwise move the focus to the next widget, the menu bar first).
pub(super) fn hold_focus(ui: &egui::Ui, rect: egui::Rect, take: bool) {
    let id = focus_id();
    let response = ui.interact(rect, id, egui::Sense::focusable_noninteractive());
    if take {
        response.request_focus();
    }
    ui.memory_mut(|m| {
        m.set_focus_lock_filter(
            id,
            egui::EventFilter {
                tab: true,
                horizontal_arrows: true,
                vertical_arrows: true,
                escape: false,
            },
        );
    });
}

/// Puts what was typed into the cell at `cursor`.
pub(super) fn type_in(
    project: &mut Project,
    grid: &mut GridState,
    rows: &[(usize, usize)],
    personas: &[(usize, Id, String)],
    cursor: (usize, usize),
    lang: Lang,
) {
    let typed = std::mem::take(&mut grid.typing);
    if typed.is_empty() {
        return;
    }
    match parse(&typed, grid.mode, lang) {
        Ok(value) => {
            set(
                project,
                rows[cursor.0].1,
                &personas[cursor.1].1,
                grid.mode,
                value,
            );
            grid.message = None;
        }
        Err(message) => grid.message = Some(message),
    }
}

fn set(project: &mut Project, touchpoint: usize, persona: &Id, mode: Mode, value: f64) {
    let Some(tp) = project.touchpoints.get_mut(touchpoint) else {
        return;
    };
    if tp.experience_of(persona).is_none() {
        tp.experiences.push(Experience::neutral(persona.clone()));
    }
    if let Some(e) = tp.experiences.iter_mut().find(|e| &e.persona == persona) {
        mode.set(e, value);
    }
}

/// A typed or pasted number in range for `mode`, or why not.
fn parse(text: &str, mode: Mode, lang: Lang) -> Result<f64, String> {
    let cleaned = text.trim().trim_end_matches('%').trim();
    let (low, high) = mode.range();
    match crate::ui::effects::parse_number(cleaned) {
        Some(v) if v.is_finite() && (low..=high).contains(&v) => Ok(v),
        Some(_) => Err(format!(
            "“{}” {} {}–{}",
            text.trim(),
            t("is outside", "valt buiten").get(lang),
            numbers::grouped(low, 0, lang),
            numbers::grouped(high, 0, lang)
        )),
        None => Err(format!(
            "“{}” {}",
            text.trim(),
            t("is not a number", "is geen getal").get(lang)
        )),
    }
}

/// Fills the grid from `cursor` with a block of tab-separated numbers: every cell is checked
/// first, and nothing changes when one is wrong (the message names the cells).
pub fn paste(
    project: &mut Project,
    mode: Mode,
    rows: &[(usize, usize)],
    personas: &[(usize, Id, String)],
    cursor: (usize, usize),
    text: &str,
    lang: Lang,
) -> Result<(), String> {
    let mut cells = Vec::new();
    let mut problems = Vec::new();
    for (dr, line) in text.trim_end_matches(['\n', '\r']).lines().enumerate() {
        for (dc, field) in line.trim_end_matches('\r').split('\t').enumerate() {
            let (r, c) = (cursor.0 + dr, cursor.1 + dc);
            let place = format!(
                "{} {}, {} {}",
                t("row", "rij").get(lang),
                dr + 1,
                t("column", "kolom").get(lang),
                dc + 1
            );
            if field.trim().is_empty() {
                continue;
            }
            if r >= rows.len() || c >= personas.len() {
                problems.push(format!(
                    "{place}: {}",
                    t(
                        "past the edge of the grid",
                        "voorbij de rand van het raster"
                    )
                    .get(lang)
                ));
                continue;
            }
            match parse(field, mode, lang) {
                Ok(v) => cells.push((rows[r].1, c, v)),
                Err(why) => problems.push(format!("{place}: {why}")),
            }
        }
    }
    if !problems.is_empty() {
        let shown: Vec<String> = problems.iter().take(4).cloned().collect();
        let more = problems.len().saturating_sub(4);
        let mut message = format!(
            "{} {}",
            t("Nothing pasted —", "Niets geplakt —").get(lang),
            shown.join("; ")
        );
        if more > 0 {
            message.push_str(&format!(" (+{more})"));
        }
        return Err(message);
    }
    for (touchpoint, c, value) in cells {
        set(project, touchpoint, &personas[c].1, mode, value);
    }
    Ok(())
}

/// The grid as tab-separated text: a header with the personas, a row per touchpoint; numbers
/// with the decimal mark a spreadsheet in `lang` expects (`1,5` in Dutch).
pub(super) fn grid_text(
    project: &Project,
    rows: &[(usize, usize)],
    personas: &[(usize, Id, String)],
    mode: Mode,
    lang: Lang,
) -> String {
    let dialect = crate::charts::csv::Dialect::of(lang);
    let mut out = String::from(t("Touchpoint", "Touchpoint").get(lang));
    // Names as text a spreadsheet never runs as a formula, without tabs or line breaks of
    // their own (they would split the grid).
    let name = |text: &str| dialect.neutralised(&text.replace(['\t', '\n', '\r'], " "));
    for (_, _, persona) in personas {
        out.push('\t');
        out.push_str(&name(persona));
    }
    out.push('\n');
    for (_, index) in rows {
        let Some(tp) = project.touchpoints.get(*index) else {
            continue;
        };
        out.push_str(&name(&tp.name));
        for (_, persona, _) in personas {
            out.push('\t');
            if let Some(e) = tp.experience_of(persona) {
                out.push_str(&dialect.number(mode.get(e)));
            }
        }
        out.push('\n');
    }
    out
}
