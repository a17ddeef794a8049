//! Small widgets shared by the workspaces. Every text field has an accessible name (its label),
//! so screen readers and UI tests can find it.

use egui::{Response, RichText, TextEdit};

/// A label and a one-line text field in a two-column grid row.
pub fn text_row(ui: &mut egui::Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A label and a multi-line text field in a two-column grid row.
pub fn multiline_row(ui: &mut egui::Ui, label: &str, value: &mut String, rows: usize) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(
            TextEdit::multiline(value)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// An editable list of short texts (goals, frustrations): one field per item with a remove
/// button, and an Add button. Returns true when an item was added or removed.
pub fn text_list(
    ui: &mut egui::Ui,
    title: &str,
    items: &mut Vec<String>,
    add_label: &str,
    remove_label: &str,
) -> bool {
    let mut changed = false;
    let heading = ui.label(RichText::new(title).strong());
    let mut remove = None;
    for (index, item) in items.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            ui.label("•");
            let width = (ui.available_width() - 40.0).max(80.0);
            ui.add(TextEdit::singleline(item).desired_width(width))
                .labelled_by(heading.id);
            if ui
                .small_button("🗙")
                .on_hover_text(format!("{remove_label}: {item}"))
                .clicked()
            {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        items.remove(index);
        changed = true;
    }
    if ui.button(format!("+ {add_label}")).clicked() {
        items.push(String::new());
        changed = true;
    }
    changed
}

/// Focuses a text field with its whole text selected, so typing replaces it.
pub fn select_all(ui: &egui::Ui, field: &egui::Response, chars: usize) {
    field.request_focus();
    if let Some(mut text_state) = egui::TextEdit::load_state(ui.ctx(), field.id) {
        let range = egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            egui::text::CCursor::new(chars),
        );
        text_state.cursor.set_char_range(Some(range));
        text_state.store(ui.ctx(), field.id);
    }
}
