//! Small widgets shared by the workspaces. Every text field has an accessible name (its label),
//! so screen readers and UI tests can find it.

use crate::i18n::{Lang, numbers, t};
use egui::{Response, RichText, TextEdit};

/// Texts longer than this are shown as their first part with a button to show all of it (and
/// edit it): laying out megabytes of text would take gigabytes of memory.
pub const LONG_TEXT_BYTES: usize = 32 * 1024;
/// How much of a long text is shown before "show all".
const PREVIEW_CHARS: usize = 2_000;
/// Texts longer than this are never put in an editable field (laying out 67 MB in one took
/// over 4 GB): they are read page by page, or cut to their first part to edit them.
pub const MAX_EDITABLE_BYTES: usize = 1024 * 1024;
/// How much of a text one page of the reader shows, in bytes.
const PAGE_BYTES: usize = 20_000;

/// `text` laid out on one line of at most `width` points at `size`, ending in "…" where it
/// is longer: for painted lists whose rows show the whole text on hover.
pub fn elided(
    ui: &egui::Ui,
    text: &str,
    size: f32,
    color: egui::Color32,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple_singleline(
        text.to_owned(),
        egui::FontId::proportional(size),
        color,
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(width.max(1.0));
    ui.fonts_mut(|f| f.layout_job(job))
}

/// Rows of a grid naming each of `commands` that has keys, and its keys (the lists of keys
/// F1 shows).
pub fn key_rows(
    ui: &mut egui::Ui,
    commands: impl IntoIterator<Item = crate::context::AppCommand>,
    lang: Lang,
) {
    for command in commands {
        // Ctrl+1 … Ctrl+9 are one row.
        let later_workspace = command.workspace_number().is_some_and(|n| n > 1);
        if command.shortcuts().is_empty() || later_workspace {
            continue;
        }
        ui.label(command.label(lang).trim_end_matches('…'));
        ui.monospace(command.keys_text(ui.ctx()));
        ui.end_row();
    }
}

/// The keyboard focus on a widget the app paints itself (a list row, a grid cell, a map
/// header): an outline, so a person moving with Tab always sees where they are.
pub fn focus_ring(ui: &egui::Ui, response: &Response, rect: egui::Rect) {
    if response.has_focus() {
        ui.painter().rect_stroke(
            rect.shrink(1.0),
            4.0,
            egui::Stroke::new(2.0, ui.visuals().selection.stroke.color),
            egui::StrokeKind::Inside,
        );
    }
}

/// A label and a one-line text field in a two-column grid row.
pub fn text_row(ui: &mut egui::Ui, lang: Lang, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    if let Some(response) = long_text_preview(ui, &label, value, lang) {
        return response;
    }
    let response = ui
        .add(TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    // A tab pasted from a spreadsheet's cells is a space in a one-line text.
    if response.changed() && value.contains('\t') {
        *value = value.replace('\t', " ");
    }
    ui.end_row();
    response
}

/// A label and a multi-line text field in a two-column grid row.
pub fn multiline_row(
    ui: &mut egui::Ui,
    lang: Lang,
    label: &str,
    value: &mut String,
    rows: usize,
) -> Response {
    let label = ui.label(label);
    if let Some(response) = long_text_preview(ui, &label, value, lang) {
        return response;
    }
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

/// `drag` writing and reading its number the way `lang` does: `1.234,5` in Dutch, `1,234.5`
/// in English (typing either way is understood, see [`numbers::parse`]). Years and other
/// identifiers that are not amounts are better left without it (no grouping).
pub fn number_field<'a>(drag: egui::DragValue<'a>, lang: Lang) -> egui::DragValue<'a> {
    drag.custom_formatter(move |value, decimals| numbers::editable(value, decimals, lang))
        .custom_parser(move |text| numbers::parse(text, lang))
}

/// A slider whose number writes and reads the way `lang` does, like [`number_field`].
///
/// Showing it never changes the value: a value with more decimals than the slider shows
/// (a calibrated 14.52 %), or one outside its range, stays as it is until the user moves
/// the slider or types (egui's default clamping rounds and clamps the value on every
/// frame, which would change the file by looking at it).
pub fn number_slider<'a>(slider: egui::Slider<'a>, lang: Lang) -> egui::Slider<'a> {
    slider
        .clamping(egui::SliderClamping::Edits)
        .custom_formatter(move |value, decimals| numbers::editable(value, decimals, lang))
        .custom_parser(move |text| numbers::parse(text, lang))
}

/// `text` to show where it cannot be edited (a card, a slide): a text longer than
/// [`LONG_TEXT_BYTES`] is cut after its first part, with "…".
pub fn bounded(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= LONG_TEXT_BYTES {
        return text.into();
    }
    format!("{}…", &text[..preview_end(text)]).into()
}

/// Where the first part of a long text ends (a character boundary).
fn preview_end(text: &str) -> usize {
    text.char_indices()
        .nth(PREVIEW_CHARS)
        .map_or(text.len(), |(at, _)| at)
}

/// For a text longer than [`LONG_TEXT_BYTES`] not yet shown in full: its first part and a
/// button to show all of it (and edit it), ending the grid row. `None` shows the field.
fn long_text_preview(
    ui: &mut egui::Ui,
    label: &Response,
    value: &mut String,
    lang: Lang,
) -> Option<Response> {
    let shown_in_full = ui.scope_id().with(("show all", label.id));
    if value.len() > MAX_EDITABLE_BYTES {
        return Some(huge_text_reader(ui, label, value, lang));
    }
    if value.len() <= LONG_TEXT_BYTES || ui.data(|d| d.get_temp(shown_in_full).unwrap_or(false)) {
        return None;
    }
    let cut = preview_end(value);
    let megabytes = value.len() as f64 / 1e6;
    let size = numbers::grouped(megabytes, 1, lang);
    let button = t(
        "Show all of the text ({size} MB) to edit it",
        "De hele tekst tonen ({size} MB) om hem te bewerken",
    )
    .fill(lang, &[("size", &size)]);
    let response = ui
        .vertical(|ui| {
            ui.add(egui::Label::new(format!("{}…", &value[..cut])).wrap())
                .labelled_by(label.id);
            if ui.button(button).clicked() {
                ui.data_mut(|d| d.insert_temp(shown_in_full, true));
            }
        })
        .response;
    ui.end_row();
    Some(response)
}

/// A text too long to edit in a field: read page by page (only the page in view is laid
/// out), or cut to its first part, which can then be edited (one undo step).
fn huge_text_reader(
    ui: &mut egui::Ui,
    label: &Response,
    value: &mut String,
    lang: Lang,
) -> Response {
    let page_id = ui.scope_id().with(("page", label.id));
    // Pages by bytes, each start moved back to a character boundary: no walk through the
    // whole text in a frame.
    let pages = value.len().div_ceil(PAGE_BYTES).max(1);
    let page = ui
        .data(|d| d.get_temp::<usize>(page_id))
        .unwrap_or(0)
        .min(pages - 1);
    let boundary = |mut at: usize| {
        at = at.min(value.len());
        while !value.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let (start, end) = (
        boundary(page * PAGE_BYTES),
        boundary((page + 1) * PAGE_BYTES),
    );
    let megabytes = numbers::grouped(value.len() as f64 / 1e6, 1, lang);
    let mut cut = false;
    let response = ui
        .vertical(|ui| {
            ui.label(
                RichText::new(
                    t(
                        "A text of {size} MB, too long to edit here: page {page} of {pages}.",
                        "Een tekst van {size} MB, te lang om hier te bewerken: pagina {page} van {pages}.",
                    )
                    .fill(
                        lang,
                        &[
                            ("size", &megabytes),
                            ("page", &(page + 1)),
                            ("pages", &pages),
                        ],
                    ),
                )
                .weak(),
            );
            egui::ScrollArea::vertical()
                .id_salt(page_id)
                .max_height(240.0)
                .show(ui, |ui| {
                    ui.add(egui::Label::new(&value[start..end]).wrap())
                        .labelled_by(label.id);
                });
            ui.horizontal(|ui| {
                let previous = t("Previous page", "Vorige pagina").get(lang);
                let next = t("Next page", "Volgende pagina").get(lang);
                if ui.add_enabled(page > 0, egui::Button::new(previous)).clicked() {
                    ui.data_mut(|d| d.insert_temp(page_id, page - 1));
                }
                if ui
                    .add_enabled(page + 1 < pages, egui::Button::new(next))
                    .clicked()
                {
                    ui.data_mut(|d| d.insert_temp(page_id, page + 1));
                }
                let keep = t(
                    "Keep only its first part, to edit it",
                    "Alleen het eerste deel houden, om het te bewerken",
                );
                if ui.button(keep.get(lang)).clicked() {
                    cut = true;
                }
            });
        })
        .response;
    if cut {
        let end = preview_end(value);
        value.truncate(end);
    }
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
    // A row just added takes the keyboard, so what is typed next lands in it.
    let focus_new = ui.scope_id().with(("focus the new row", title));
    let focus_last = ui.data_mut(|d| d.remove_temp::<bool>(focus_new).unwrap_or(false));
    let count = items.len();
    let mut remove = None;
    for (index, item) in items.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            ui.label("•");
            let width = (ui.available_width() - 40.0).max(80.0);
            let field = ui
                .add(TextEdit::singleline(item).desired_width(width))
                .labelled_by(heading.id);
            if focus_last && index + 1 == count {
                field.request_focus();
            }
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
        ui.data_mut(|d| d.insert_temp(focus_new, true));
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

/// The choice between each scenario's difference from Today (`absolute` false, the default)
/// and its own values, as two toggles with what each means on hover; the first's response.
pub fn against_today_choice(ui: &mut egui::Ui, absolute: &mut bool, lang: Lang) -> Response {
    use crate::i18n::tr;
    let against = ui
        .selectable_value(absolute, false, tr::AGAINST_TODAY.get(lang))
        .on_hover_text(
            t(
                "Each scenario as its difference from Today, the project without initiatives: \
                 what the initiatives add. This is how finance reads an investment.",
                "Elk scenario als verschil met Vandaag, het project zonder initiatieven: wat de \
                 initiatieven toevoegen. Zo leest financiën een investering.",
            )
            .get(lang),
        );
    ui.selectable_value(absolute, true, tr::ABSOLUTE_VALUES.get(lang))
        .on_hover_text(
            t(
                "Each scenario's own numbers, with Today as a dashed line.",
                "De eigen getallen van elk scenario, met Vandaag als stippellijn.",
            )
            .get(lang),
        );
    against
}
