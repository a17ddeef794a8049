//! The list on the left of a workspace: Add, Duplicate, Delete, move up and down (one list
//! edit for every list of the project), and one selectable row per item (only visible rows
//! are laid out).

use super::Env;
use crate::context::Action;
use crate::i18n::{Lang, tr};
use crate::model::edit::{self, ListKind};
use crate::model::{Id, Project};
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

/// The buttons above a list: Add, and for the selected item Duplicate, Delete, Up and Down.
/// They ask for the list edit; the app applies it as one undo step.
pub fn list_buttons(
    ui: &mut egui::Ui,
    project: &Project,
    kind: ListKind,
    selected: Option<&Id>,
    add_label: &str,
    env: &mut Env,
) {
    let lang = env.lang;
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(format!("+ {add_label}")).clicked() {
            env.actions.push(Action::add(kind, selected, lang));
        }
        let Some(id) = selected else {
            return;
        };
        if ui.button(tr::DUPLICATE.get(lang)).clicked() {
            env.actions.push(Action::duplicate(kind, id, lang));
        }
        if ui.button(tr::DELETE.get(lang)).clicked() {
            env.actions.push(Action::delete(kind, id));
        }
        for (step, icon, hint) in [(-1, "⬆", tr::MOVE_UP), (1, "⬇", tr::MOVE_DOWN)] {
            let movable = edit::can_move(project, kind, id, step);
            if ui
                .add_enabled(movable, egui::Button::new(icon))
                .on_hover_text(hint.get(lang))
                .clicked()
            {
                env.actions.push(Action::move_by(kind, id, step));
            }
        }
    });
    ui.separator();
}

/// Draws the list `kind` with its buttons; returns the row clicked.
pub fn item_list(
    ui: &mut egui::Ui,
    project: &Project,
    kind: ListKind,
    rows: &[Row],
    selected: Option<&Id>,
    add_label: &str,
    env: &mut Env,
) -> Option<Id> {
    list_buttons(ui, project, kind, selected, add_label, env);
    let mut clicked = None;
    let row_height = ROW_HEIGHT + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical().show_rows(ui, row_height, rows.len(), |ui, range| {
        for row in &rows[range] {
            let is_selected = selected == Some(&row.id);
            if row_ui(ui, row, is_selected).clicked() {
                clicked = Some(row.id.clone());
            }
        }
    });
    clicked
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
    super::widgets::focus_ring(ui, &response, rect);
    let name = if row.name.trim().is_empty() {
        "—"
    } else {
        row.name.as_str()
    };
    let left = rect.left() + 10.0;
    let room = (rect.width() - 20.0).max(10.0);
    let name_galley = super::widgets::elided(ui, name, 16.0, visuals.text_color(), room);
    let detail_galley =
        super::widgets::elided(ui, &row.detail, 13.0, ui.visuals().weak_text_color(), room);
    let painter = ui.painter().with_clip_rect(rect);
    painter.galley(
        egui::pos2(left, rect.top() + 6.0),
        name_galley,
        visuals.text_color(),
    );
    painter.galley(
        egui::pos2(left, rect.top() + 27.0),
        detail_galley,
        ui.visuals().weak_text_color(),
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, name));
    // Long names end in "…" at the list's edge: the whole name on hover.
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

/// The panel on the left of a workspace that holds its list, `default_width` wide. On a
/// narrow window it starts folded to a strip with a button that says what it opens; the
/// user can fold and unfold it either way, and that choice is kept for this run.
pub fn side_list(
    ui: &mut egui::Ui,
    id: &str,
    title: &str,
    default_width: f32,
    lang: Lang,
    add_contents: impl FnOnce(&mut egui::Ui),
) {
    let lang_show = tr::SHOW_LIST.get(lang);
    let lang_hide = tr::HIDE_LIST.get(lang);
    let key = egui::Id::unique(("side-list-folded", id));
    let chosen: Option<bool> = ui.data(|d| d.get_temp(key));
    let folded = chosen.unwrap_or_else(|| super::is_narrow(ui.ctx()));
    let mut toggle = false;
    if folded {
        egui::Panel::left(format!("{id}-folded"))
            .resizable(false)
            .exact_size(44.0)
            .show(ui, |ui| {
                ui.add_space(6.0);
                let button = ui.add(egui::Button::new(RichText::new("»").size(20.0)));
                let name = format!("{lang_show}: {title}");
                button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                toggle = button.on_hover_text(&name).clicked();
                // The list's name, written down the strip, says what the button opens.
                let galley = ui.painter().layout_no_wrap(
                    title.to_string(),
                    egui::FontId::proportional(15.0),
                    ui.visuals().weak_text_color(),
                );
                let at = egui::pos2(
                    ui.max_rect().center().x + galley.size().y / 2.0,
                    ui.cursor().top() + 12.0,
                );
                ui.painter().add(
                    egui::epaint::TextShape::new(at, galley, ui.visuals().weak_text_color())
                        .with_angle(std::f32::consts::FRAC_PI_2),
                );
            });
    } else {
        egui::Panel::left(id.to_string())
            .resizable(true)
            .default_size(default_width)
            .size_range(200.0..=440.0)
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    ui.label(RichText::new(title).strong());
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let button = ui.small_button("«");
                        let name = format!("{lang_hide}: {title}");
                        button.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                        });
                        toggle = button.on_hover_text(&name).clicked();
                    });
                });
                add_contents(ui);
            });
    }
    if toggle {
        ui.data_mut(|d| d.insert_temp(key, !folded));
    }
}
