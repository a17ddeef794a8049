//! The list on the left of the Initiatives and Scenarios workspaces: Add, Duplicate, Delete,
//! move up and down, and one selectable row per item (only visible rows are laid out).

use crate::i18n::{Lang, tr};
use crate::model::Id;
use egui::RichText;

/// One row: the item's id, name and a detail line.
pub struct Row {
    /// The item.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// A second, weaker line.
    pub detail: String,
}

/// What the user did with the list this frame.
#[derive(Default)]
pub struct ListEvents {
    /// A row was clicked.
    pub select: Option<Id>,
    /// Add was clicked.
    pub add: bool,
    /// Duplicate was clicked (for the selected item).
    pub duplicate: Option<Id>,
    /// Delete was clicked (for the selected item).
    pub delete: Option<Id>,
    /// Up (−1) or down (1) was clicked (for the selected item).
    pub move_by: Option<(Id, isize)>,
}

const ROW_HEIGHT: f32 = 48.0;

/// Keeps `selected` on an item that exists: the same item if it is still there, else the
/// first. Returns its index (`None` when the list is empty).
pub fn keep_selection<T>(
    items: &[T],
    id_of: impl Fn(&T) -> &Id,
    selected: &mut Option<Id>,
) -> Option<usize> {
    let index = selected
        .as_ref()
        .and_then(|id| items.iter().position(|item| id_of(item) == id))
        .or(if items.is_empty() { None } else { Some(0) });
    *selected = index.map(|i| id_of(&items[i]).clone());
    index
}

/// Draws the list with its buttons.
pub fn item_list(
    ui: &mut egui::Ui,
    rows: &[Row],
    selected: Option<&Id>,
    add_label: &str,
    lang: Lang,
) -> ListEvents {
    let mut events = ListEvents::default();
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(format!("+ {add_label}")).clicked() {
            events.add = true;
        }
        if let Some(id) = selected {
            let index = rows.iter().position(|r| &r.id == id).unwrap_or(0);
            if ui.button(tr::DUPLICATE.get(lang)).clicked() {
                events.duplicate = Some(id.clone());
            }
            if ui.button(tr::DELETE.get(lang)).clicked() {
                events.delete = Some(id.clone());
            }
            if ui
                .add_enabled(index > 0, egui::Button::new("⬆"))
                .on_hover_text(tr::MOVE_UP.get(lang))
                .clicked()
            {
                events.move_by = Some((id.clone(), -1));
            }
            if ui
                .add_enabled(index + 1 < rows.len(), egui::Button::new("⬇"))
                .on_hover_text(tr::MOVE_DOWN.get(lang))
                .clicked()
            {
                events.move_by = Some((id.clone(), 1));
            }
        }
    });
    ui.separator();
    let row_height = ROW_HEIGHT + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical().show_rows(ui, row_height, rows.len(), |ui, range| {
        for row in &rows[range] {
            let is_selected = selected == Some(&row.id);
            if row_ui(ui, row, is_selected).clicked() {
                events.select = Some(row.id.clone());
            }
        }
    });
    events
}

fn row_ui(ui: &mut egui::Ui, row: &Row, selected: bool) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), ROW_HEIGHT),
        egui::Sense::click(),
    );
    let visuals = ui.style().interact_selectable(&response, selected);
    if selected || response.hovered() {
        ui.painter().rect_filled(rect, 6.0, visuals.bg_fill);
    }
    let name = if row.name.trim().is_empty() {
        "—"
    } else {
        row.name.as_str()
    };
    let left = rect.left() + 10.0;
    ui.painter().with_clip_rect(rect).text(
        egui::pos2(left, rect.top() + 6.0),
        egui::Align2::LEFT_TOP,
        name,
        egui::FontId::proportional(16.0),
        visuals.text_color(),
    );
    ui.painter().with_clip_rect(rect).text(
        egui::pos2(left, rect.top() + 27.0),
        egui::Align2::LEFT_TOP,
        &row.detail,
        egui::FontId::proportional(13.0),
        ui.visuals().weak_text_color(),
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, name));
    // Long names are cut at the list's edge: the whole name on hover.
    response.on_hover_text(format!("{name}\n{}", row.detail))
}

/// A centred message and an Add button, for a workspace with nothing in it yet.
pub fn empty_state(ui: &mut egui::Ui, message: &str, add_label: &str) -> bool {
    ui.add_space(40.0);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(message).size(18.0));
        ui.add_space(12.0);
        ui.button(format!("+ {add_label}")).clicked()
    })
    .inner
}
